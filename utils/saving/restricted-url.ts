const PDF_REASON =
  'PDF files open in the browser’s own viewer, which extensions cannot read. Saving PDFs is not supported yet.';

/** Why the browser will not let an extension read a page, in words for the user; null when it may. */
export function restrictedReason(url: string | undefined): string | null {
  if (!url) return 'Offprint cannot see this tab’s address. Click the Offprint button on the page you want to save.';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'This tab has no web address Offprint can save.';
  }
  const host = u.hostname;
  if (
    [
      'chrome:',
      'edge:',
      'about:',
      'brave:',
      'opera:',
      'vivaldi:',
      'chrome-search:',
      'devtools:',
      'view-source:',
      'moz-extension:',
      'chrome-extension:',
      'resource:',
    ].includes(u.protocol)
  )
    return (
      'Browser pages (settings, new tab, extensions) cannot be saved: ' +
      'the browser does not let extensions read them.'
    );
  if (
    host === 'chromewebstore.google.com' ||
    (host === 'chrome.google.com' && u.pathname.startsWith('/webstore')) ||
    host === 'addons.mozilla.org' ||
    host === 'microsoftedge.microsoft.com'
  )
    return 'Extension store pages cannot be saved: the browser protects them from all extensions.';
  if (u.protocol === 'file:')
    return 'Local files cannot be saved unless you allow Offprint “Access to file URLs” in the extension settings.';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'Only web pages (http and https) can be saved.';
  if (/\.pdf$/i.test(u.pathname)) return PDF_REASON;
  return null;
}
