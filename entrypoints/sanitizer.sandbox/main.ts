import { serveSandboxSanitizer } from '@/utils/extraction/sandbox-sanitizer-page';

// A sandboxed page (opaque origin, no extension API, no storage): sanitizes the HTML its parent sends, in Chromium
// in a process of its own, so a restore's page thread writes while this one sanitizes (docs/backup.md, session 30).
serveSandboxSanitizer();
