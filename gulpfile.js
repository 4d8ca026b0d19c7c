// Kept for people who build the classic way (`tsc && gulp build:icons`).
// `npm run build` (n8n-node build) already copies the icons into dist/.
const path = require('path');
const { task, src, dest, parallel } = require('gulp');

const copy = (folder) => () =>
	src(path.resolve(folder, '**', '*.{png,svg}'), { encoding: false }).pipe(
		dest(path.resolve('dist', folder)),
	);

task('build:icons', parallel(copy('icons'), copy('nodes'), copy('credentials')));
