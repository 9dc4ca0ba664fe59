import type { TestProject } from 'vitest/node';
import { startLazyCouchServer } from '../helpers/couch/lazy-couch-server';
import { launchProblem } from './launch';

/**
 * Fails the real-browser tier at once, with the fix, when Chromium or the e2e build is missing.
 * Then provides `couchUrl`, the sync tests' server (tests/helpers/couch): started on first connection,
 * stopped at the end.
 */
export default async function setup(project: TestProject) {
  const problem = launchProblem();
  if (problem) throw new Error(problem);
  // The sync tests' CouchDB-protocol server: its URL now, its process only when a test first connects.
  const couch = await startLazyCouchServer();
  project.provide('couchUrl', couch.url);
  return () => couch.close();
}
