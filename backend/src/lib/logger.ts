import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Fields that could carry a secret are redacted by name as a
 * second line of defence; the first is that no code ever passes a secret to a log call.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          '*.token',
          '*.code',
          '*.fields',
          '*.password',
          '*.initData',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
