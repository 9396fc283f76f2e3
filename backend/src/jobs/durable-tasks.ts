import { runOrderStep } from '../domain/suppliers/orders/run-order-step.ts';
import { SUPPLIER_ORDER_TASK } from '../domain/suppliers/orders/schedule-step.ts';
import type { DurableTask } from './durable.ts';

/**
 * Every durable task by name (see durable.ts). A task runs one step of its work and, when
 * more is due later, adds its own next job; it must be safe to run twice.
 */
export const DURABLE_TASKS: Record<string, DurableTask> = {
  [SUPPLIER_ORDER_TASK]: runOrderStep,
};
