/**
 * Search terms sent across a thread boundary as numbers: the sending side (the restore's worker) gives each
 * distinct term an id the first time it sends it, and sends each term's text once (`fresh`); the receiving side
 * (the page) keeps the id → term table, so every article's terms are the same few strings in its heap. Sent as
 * strings, each article's list was cloned as new strings: 864,000 strings with 65,000 distinct values in the page
 * 16 s into a 3,000-article restore (docs/backup.md, session 27).
 */
export class TermIds {
  private readonly ids = new Map<string, number>();
  /** Terms given an id since the last `fresh()`, in id order. */
  private unsent: string[] = [];

  /** The ids of `lists`' terms, one array per list (views of one buffer: transfer `buffer` to send them). */
  encode(lists: readonly (readonly string[])[]): Uint32Array[] {
    const all = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
    let at = 0;
    return lists.map((terms) => {
      const start = at;
      for (const t of terms) {
        let id = this.ids.get(t);
        if (id === undefined) {
          id = this.ids.size;
          this.ids.set(t, id);
          this.unsent.push(t);
        }
        all[at++] = id;
      }
      return all.subarray(start, at);
    });
  }

  /** The terms given ids since the last call, and the id of the first: send them with (or before) their ids. */
  fresh(): TermsAdded {
    const terms = this.unsent;
    this.unsent = [];
    return { first: this.ids.size - terms.length, terms };
  }
}

/** Terms new to the receiving side: `terms[i]` has id `first + i`. */
export interface TermsAdded {
  first: number;
  terms: string[];
}

/** The receiving side of TermIds: id → term, filled from each message's `fresh` terms. */
export class TermNames {
  private readonly names: string[] = [];

  add({ first, terms }: TermsAdded): void {
    for (let i = 0; i < terms.length; i++) this.names[first + i] = terms[i];
  }

  /** The terms of a list of ids (each term the one string this table holds). */
  decode(ids: Uint32Array): string[] {
    const out = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const t = this.names[ids[i]];
      if (t === undefined) throw new Error(`TermNames: no term has the id ${ids[i]}.`);
      out[i] = t;
    }
    return out;
  }
}
