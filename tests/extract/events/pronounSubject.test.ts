import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../src/extract/pipeline.ts';

/** The titles of the events extracted from `text`, written on `dct`. */
function titles(text: string, dct = '1998-04-18') {
	const { events } = extractDocument({ id: 'doc', path: 'doc.txt', text }, { dct });
	return events.map((e) => e.title);
}

const LEAD =
	'Astronaut report\n\nBUDAPEST (AP) — The astronaut is leaving for the United States.\n\n';

describe('a title that opens on "he" or "she"', () => {
	it('names the person the sentence before named as its subject', () => {
		const out = titles(
			LEAD +
				'Farkas, an air force captain, was sent into space on board the Soyuz 36 on May 26, 1980.\n\n' +
				'He spent six days aboard the Salyut 6 spacecraft in 1980.\n',
		);
		expect(out).toContain('Farkas spent six days aboard the Salyut 6 spacecraft');
	});

	it('takes the head of a subject with an age and a home town, not the town', () => {
		const out = titles(
			LEAD +
				'Novak, 51, of Port Ellen, Islay, became the subject of a search in March.\n\n' +
				'He was found on Thursday in a hut.\n',
		);
		expect(out).toContain('Novak was found in a hut');
	});

	it("takes the sentence's own subject for a pronoun in its time clause", () => {
		const out = titles(
			LEAD +
				'Elian has been the focus of a custody battle since he was found on a raft on Nov. 25.\n',
		);
		expect(out).toContain('Elian was found on a raft');
	});

	it('keeps the pronoun when the subject before it names no person', () => {
		const out = titles(
			LEAD +
				"The boy's father wrote a letter on Monday.\n\nHe said on Tuesday that the boy must come home.\n",
		);
		expect(out).toContain('He said the boy must come home');
	});

	it('takes no common word that opens a sentence for a name', () => {
		const out = titles(
			LEAD +
				'Authorities searched the farm on Monday.\n\n' +
				'She was found on Tuesday in a barn, and local authorities thanked the public.\n',
		);
		expect(out).toContain('She was found in a barn');
	});

	it('takes no office cut before its "of" for a surname', () => {
		const out = titles(
			LEAD +
				'Foreign Secretary of Ruritania Anna Kovacs has invited the minister to visit.\n\n' +
				'He will travel to Paris on March 12 to sign the treaty.\n',
		);
		expect(out.some((t) => t.startsWith('Secretary'))).toBe(false);
	});
});
