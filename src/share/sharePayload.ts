import * as v from 'valibot';

/** What a share link carries: the articles themselves, and the view to restore. */
export interface SharePayload {
	/** Format version of the payload; a link with another is refused by name. */
	v: 1;
	/** The articles to extract, in order; `dct` is a corrected article date (`YYYY-MM-DD`). */
	articles: { name: string; text: string; dct?: string }[];
	/** Selected event id, as in the `?event=` deep link. */
	event?: string;
	/** Visible range, as in the `?from=`/`?to=` deep link. */
	from?: string;
	to?: string;
}

/** The payload versions this build reads. */
export const SHARE_VERSIONS = [1] as const;

const text = v.string('must be text');
const day = v.pipe(text, v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'));

const ArticleSchema = v.object(
	{ name: text, text, dct: v.optional(day) },
	'must be an object with a name and a text',
);

const PayloadSchema = v.object(
	{
		v: v.literal(1, 'must be 1'),
		articles: v.pipe(
			v.array(ArticleSchema, 'must be a list of articles'),
			v.minLength(1, 'must hold at least one article'),
		),
		event: v.optional(text),
		from: v.optional(text),
		to: v.optional(text),
	},
	'must be an object',
);

type Result = { ok: true; payload: SharePayload } | { ok: false; message: string };

const refuse = (why: string): Result => ({
	ok: false,
	message: `This link's data is not a Dateline share: ${why}.`,
});

/** The payload when `data` has its shape, else a message naming the first field that does not. */
export function validatePayload(data: unknown): Result {
	// Valibot's object schema takes arrays for objects; a share is never one.
	if (Array.isArray(data)) return refuse('the data must be an object');
	if (typeof data === 'object' && data !== null && 'v' in data && data.v !== 1)
		return {
			ok: false,
			message: `This link uses share format version ${JSON.stringify(data.v)}; this version of Dateline reads version ${SHARE_VERSIONS.join(', ')}.`,
		};
	const result = v.safeParse(PayloadSchema, data);
	if (result.success) return { ok: true, payload: result.output as SharePayload };
	const issue = result.issues[0];
	const field = v.getDotPath(issue) ?? 'the data';
	const problem =
		issue.kind === 'schema' && issue.input === undefined ? 'is missing' : issue.message;
	return refuse(`${field} ${problem}`);
}
