import { describe, expect, it } from 'vitest';
import { whenNotSaving } from '@/components/popup/when-not-saving';

describe('whenNotSaving', () => {
  const manualIdle = () => {
    const queue: (() => void)[] = [];
    return { idle: (fn: () => void) => void queue.push(fn), flush: () => queue.splice(0).forEach((f) => f()) };
  };

  it('runs the job at the next idle moment when no save is on its way', () => {
    const { idle, flush } = manualIdle();
    const ran: string[] = [];
    const work = whenNotSaving(() => false, idle);
    work.run(() => ran.push('shell'));
    expect(ran).toEqual([]);
    flush();
    expect(ran).toEqual(['shell']);
  });

  it('holds the job while a save is on its way and runs the latest one once woken after it', () => {
    const { idle, flush } = manualIdle();
    let saving = true;
    const ran: string[] = [];
    const work = whenNotSaving(() => saving, idle);
    work.run(() => ran.push('old'));
    work.run(() => ran.push('new'));
    flush();
    expect(ran).toEqual([]); // still saving at the idle moment
    saving = false;
    work.wake();
    flush();
    expect(ran).toEqual(['new']);
    work.wake();
    flush();
    expect(ran).toEqual(['new']); // nothing left to run
  });
});
