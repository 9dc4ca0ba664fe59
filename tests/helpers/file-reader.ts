/**
 * Node has Blob but no FileReader, which PouchDB's browser build uses for attachments. Sync tests run in
 * Node (its Blob survives fake-indexeddb; happy-dom's does not), so they install this small stand-in.
 */
class NodeFileReader {
  result: string | ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((e: { target: NodeFileReader }) => void) | null = null;
  onloadend: ((e: { target: NodeFileReader }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;

  private read(blob: Blob, as: (buf: ArrayBuffer) => string | ArrayBuffer): void {
    blob.arrayBuffer().then(
      (buf) => {
        this.result = as(buf);
        this.onload?.({ target: this });
        this.onloadend?.({ target: this });
      },
      (e) => {
        this.error = e;
        this.onerror?.(e);
      },
    );
  }
  readAsArrayBuffer(blob: Blob): void {
    this.read(blob, (b) => b);
  }
  readAsBinaryString(blob: Blob): void {
    this.read(blob, (b) => Buffer.from(b).toString('latin1'));
  }
}

export function installFileReader(): void {
  (globalThis as { FileReader?: unknown }).FileReader ??= NodeFileReader;
}

// PouchDB's browser build also reads `self` at import time.
(globalThis as { self?: unknown }).self ??= globalThis;
installFileReader();
