import { CreateTemplateInput, IdParams, PublicTemplate, Template, UpdateTemplateInput } from '@codepool/shared';
import { z } from 'zod';
import { createTemplate } from '../../domain/templates/create-template.ts';
import { getPublicTemplate } from '../../domain/templates/get-public-template.ts';
import { listTemplates } from '../../domain/templates/list-templates.ts';
import { updateTemplate } from '../../domain/templates/update-template.ts';
import { watchTemplate } from '../../domain/templates/watch-template.ts';
import { type RouteKit, route } from '../route.ts';

export function templateRoutes(kit: RouteKit) {
  const base = { tag: 'templates', auth: 'seller', scope: 'templates:write' } as const;
  route(
    kit,
    {
      ...base,
      method: 'post',
      path: '/templates',
      summary: 'Create a listing',
      body: CreateTemplateInput,
      response: Template,
      status: 201,
    },
    ({ ctx, body }) => createTemplate(ctx, body),
  );
  route(
    kit,
    { ...base, method: 'get', path: '/templates', summary: 'Your listings', response: z.array(Template) },
    ({ ctx }) => listTemplates(ctx),
  );
  route(
    kit,
    {
      ...base,
      method: 'patch',
      path: '/templates/:id',
      summary: 'Edit a listing or bind a pool',
      params: IdParams,
      body: UpdateTemplateInput,
      response: Template,
    },
    ({ ctx, params, body }) => updateTemplate(ctx, { templateId: params.id, ...body }),
  );
  route(
    kit,
    {
      tag: 'templates',
      auth: 'user',
      method: 'get',
      path: '/templates/:id',
      summary: 'A listing as buyers see it',
      params: IdParams,
      response: PublicTemplate,
    },
    ({ ctx, params }) => getPublicTemplate(ctx, { templateId: params.id }),
  );
  route(
    kit,
    {
      tag: 'templates',
      auth: 'buyer',
      method: 'post',
      path: '/templates/:id/watch',
      summary: 'Be told when a sold-out listing is back',
      params: IdParams,
      response: z.object({ watching: z.boolean() }),
    },
    ({ ctx, params }) => watchTemplate(ctx, { templateId: params.id }),
  );
}
