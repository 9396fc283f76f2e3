import type { DurableTask } from './durable.ts';

/**
 * Every durable task by name (see durable.ts). A task runs one step of its work and, when
 * more is due later, adds its own next job; it must be safe to run twice.
 */
export const DURABLE_TASKS: Record<string, DurableTask> = {};
