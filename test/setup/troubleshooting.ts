/**
 * The README's troubleshooting entries as message patterns. Every table row of the
 * "Troubleshooting" section (and of any section whose heading mentions troubleshooting) starts with
 * one or more messages in italics (`*…*`); `…` stands for a variable part (an ID, a field name,
 * FluentCart's own words).
 */

export interface Entry {
	text: string;
	pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Suffixes the transport and n8n add to a message, not part of what it says. */
function core(message: string): string {
	return message
		.replace(/\s+\[item \d+\]$/, '')
		.replace(/ after \d+ tries$/, '')
		.trim();
}

export function troubleshootingEntries(readme: string): Entry[] {
	const entries: Entry[] = [];
	// Inside "## Troubleshooting" (all its subsections) or any heading that mentions it.
	let inTopSection = false;
	let inSection = false;
	for (const line of readme.split('\n')) {
		const heading = /^(#{2,4})\s+(.*)$/.exec(line);
		if (heading) {
			const mentions = /troubleshooting/i.test(heading[2]);
			if (heading[1] === '##') inTopSection = mentions;
			inSection = inTopSection || mentions;
			continue;
		}
		if (!inSection || !line.startsWith('|')) continue;
		const first = line.split('|')[1] ?? '';
		for (const match of first.matchAll(/\*([^*]+)\*/g)) {
			const text = match[1].trim();
			const source = text
				.split('…')
				.map((part) => escape(part))
				.join('.*');
			entries.push({ text, pattern: new RegExp(`^${source}$`, 'is') });
		}
	}
	return entries;
}

/** The messages no entry explains. */
export function unexplained(messages: string[], entries: Entry[]): string[] {
	return messages.filter((message) => !entries.some((entry) => entry.pattern.test(core(message))));
}
