/**
 * Questions Offprint asks once (the image-download permission): the user's decision, kept in local
 * extension storage so the question never comes back after it was answered, wherever it was answered
 * (the welcome page, the popup's line, the settings).
 */
export type PromptId = 'image-permission';
export type PromptDecision = 'granted' | 'declined';

/** The storage.local key holding the decisions. */
export const PROMPTS_KEY = 'prompts';

type Decisions = Partial<Record<PromptId, { decision: PromptDecision; at: number }>>;

async function read(): Promise<Decisions> {
  const got = await browser.storage.local.get(PROMPTS_KEY);
  const v = got[PROMPTS_KEY];
  return v && typeof v === 'object' ? (v as Decisions) : {};
}

/** The decision taken on a question, or null while it was never answered. */
export async function promptDecision(id: PromptId): Promise<PromptDecision | null> {
  return (await read())[id]?.decision ?? null;
}

/** Records the answer to a question (the last one counts). */
export async function decidePrompt(id: PromptId, decision: PromptDecision, now = Date.now()): Promise<void> {
  const all = await read();
  all[id] = { decision, at: now };
  await browser.storage.local.set({ [PROMPTS_KEY]: all });
}
