/**
 * Hands a Blob to the user as a file download through `<a download>` and an object URL (works in
 * every extension page, unlike showSaveFilePicker); the URL is revoked once the download started.
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
