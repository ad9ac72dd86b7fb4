/** A crowd of events collapsed into a count. */
export interface Cluster {
	/** Stable key: the id of its first event. */
	key: string;
	x: number;
	ids: string[];
	/** Earliest and latest instants of the events, to zoom to on expand. */
	from: number;
	to: number;
}

/** What a cluster is made from: an event's id, its x and its time extent. */
export interface ClusterInput {
	id: string;
	x0: number;
	start: number;
	end: number;
}

/**
 * Collapses items (sorted by x0) into counts: an item joins the current cluster while it starts
 * within `width` pixels of the cluster's first item, so the count badges never overlap.
 */
export function clusterItems(items: ClusterInput[], width: number): Cluster[] {
	const out: Cluster[] = [];
	let cur: Cluster | undefined;
	for (const it of items) {
		if (cur && it.x0 < cur.x + width) {
			cur.ids.push(it.id);
			cur.from = Math.min(cur.from, it.start);
			cur.to = Math.max(cur.to, it.end);
			continue;
		}
		cur = { key: it.id, x: cur ? Math.max(it.x0, cur.x + width) : it.x0, ids: [it.id], from: it.start, to: it.end };
		out.push(cur);
	}
	return out;
}
