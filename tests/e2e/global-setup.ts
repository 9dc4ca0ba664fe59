import { launchProblem } from './launch';

/** Fails the real-browser tier at once, with the fix, when Chromium or the e2e build is missing. */
export default function setup() {
  const problem = launchProblem();
  if (problem) throw new Error(problem);
}
