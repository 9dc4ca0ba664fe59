import type { ImportCollector } from './import-limits';
import { HtmlListReader, type HtmlListEvent } from './html-list-reader';

/**
 * Turns the events of an HTML list export (HtmlListReader) into one format's items and problems in a
 * collector, an event at a time; `n` counts the links, by which problems are reported.
 */
export abstract class HtmlListCollector {
  protected n = 0;
  constructor(
    protected readonly file: string,
    protected readonly into: ImportCollector,
  ) {}

  /** Takes the events of the next chunk. */
  feed(events: HtmlListEvent[]): void {
    for (const e of events) this.event(e);
  }

  /** Reads a whole HTML text at once. */
  read(html: string): void {
    const reader = new HtmlListReader();
    this.feed(reader.push(html));
    this.feed(reader.end());
  }

  protected abstract event(e: HtmlListEvent): void;
}
