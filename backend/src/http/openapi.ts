import { ErrorBody } from '@codepool/shared';
import { z } from 'zod';
import type { RouteSpec } from './route.ts';

type AnySpec = RouteSpec<z.ZodType, z.ZodType, z.ZodType>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' });

/** Collects route specs as they are registered and renders them as an OpenAPI 3.0 document. */
export class OpenApiRegistry {
  private readonly specs: AnySpec[] = [];

  add(spec: AnySpec) {
    this.specs.push(spec);
  }

  /** Every registered route's spec: who may call it and with which API token scope. */
  routes(): readonly AnySpec[] {
    return this.specs;
  }

  document(serverUrl: string) {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const spec of this.specs) {
      const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
      const parameters = [...objectParams(spec.params, 'path'), ...objectParams(spec.query, 'query')];
      const errorResponse = {
        description: 'error',
        content: { 'application/json': { schema: jsonSchema(ErrorBody, 'output') } },
      };
      paths[`/api${path}`] ??= {};
      (paths[`/api${path}`] as Record<string, unknown>)[spec.method] = {
        summary: spec.summary,
        tags: [spec.tag],
        ...(spec.auth === 'none' ? { security: [] } : {}),
        // The scope an API token needs here; null: API tokens are refused.
        ...(spec.auth === 'none' ? {} : { 'x-token-scope': spec.scope ?? null }),
        ...(parameters.length ? { parameters } : {}),
        ...(spec.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } },
              },
            }
          : {}),
        responses: {
          [String(spec.status ?? (spec.response ? 200 : 204))]: spec.response
            ? { description: 'ok', content: { 'application/json': { schema: jsonSchema(spec.response, 'output') } } }
            : { description: 'ok' },
          default: errorResponse,
        },
      };
    }
    return {
      openapi: '3.0.3',
      info: {
        title: 'Codepool API',
        version: '0.1.0',
        description: 'Digital goods sold inside Telegram, with escrow.',
      },
      servers: [{ url: serverUrl }],
      components: {
        securitySchemes: {
          tma: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'tma <Telegram Mini App initData>' },
          bearer: { type: 'http', scheme: 'bearer', description: 'seller API token (cp_…)' },
        },
      },
      security: [{ tma: [] }, { bearer: [] }],
      paths,
    };
  }
}

function objectParams(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    schema: s,
  }));
}
