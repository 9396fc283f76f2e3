import { ConflictError, UnavailableError } from '../errors.ts';

export type ImportSlot = { release(): void };

/** How long a refused uploader is told to wait: a large import takes tens of seconds. */
export const IMPORT_RETRY_AFTER_S = 10;

/**
 * The bound on imports running at once in this process (IMPORT_CONCURRENCY). Each import
 * holds one pooled connection in one transaction for its whole run — a batch is all or
 * nothing — so without a bound, enough uploads at once take every connection and payments,
 * reveals and jobs wait behind them. A seller runs one import at a time (the database lock
 * in importItems says so across replicas; this says so before an upload is even read), so
 * one seller cannot take every slot either.
 */
export class ImportSlots {
  #running = 0;
  readonly #sellers = new Set<string>();

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1) throw new RangeError('import slots: max must be a positive integer');
  }

  /** IMPORT_CONCURRENCY, but at most DATABASE_POOL_MAX − 1: one connection always stays free for everything else. */
  static within(concurrency: number, poolMax: number): ImportSlots {
    return new ImportSlots(Math.max(1, Math.min(concurrency, poolMax - 1)));
  }

  get running(): number {
    return this.#running;
  }

  /** A slot for `seller`, or a refusal: 409 if one of theirs is running, 503 with Retry-After if all are taken. */
  take(seller: string): ImportSlot {
    if (this.#sellers.has(seller)) {
      throw new ConflictError('another import of yours is running; try again when it has finished');
    }
    if (this.#running >= this.max) {
      throw new UnavailableError(
        `this server is running ${this.max} imports already; try again shortly`,
        IMPORT_RETRY_AFTER_S,
        { limit: this.max },
      );
    }
    this.#running++;
    this.#sellers.add(seller);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.#running--;
        this.#sellers.delete(seller);
      },
    };
  }
}
