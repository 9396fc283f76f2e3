import {
  CreateTemplateInput,
  CreateVariantInput,
  IdParams,
  PublicTemplate,
  Template,
  UpdateTemplateInput,
  UpdateVariantInput,
  VariantLink,
  VariantParams,
  WatchTemplateInput,
} from '@codepool/shared';
import { z } from 'zod';
import { createTemplate } from '../../domain/templates/create-template.ts';
import { createVariant } from '../../domain/templates/create-variant.ts';
import { findVariantLink } from '../../domain/templates/find-variant-link.ts';
import { getPublicTemplate } from '../../domain/templates/get-public-template.ts';
import { listTemplates } from '../../domain/templates/list-templates.ts';
import { removeVariant } from '../../domain/templates/remove-variant.ts';
import { updateTemplate } from '../../domain/templates/update-template.ts';
import { updateVariant } from '../../domain/templates/update-variant.ts';
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
      summary: 'Edit a listing (and a one-variant listing’s price and pool)',
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
      summary: 'Be told when a sold-out variant is back',
      params: IdParams,
      body: WatchTemplateInput,
      response: z.object({ watching: z.boolean() }),
    },
    ({ ctx, params, body }) => watchTemplate(ctx, { templateId: params.id, ...body }),
  );
  route(
    kit,
    {
      ...base,
      method: 'post',
      path: '/templates/:id/variants',
      summary: 'Add a variant to a listing',
      params: IdParams,
      body: CreateVariantInput,
      response: Template,
      status: 201,
    },
    ({ ctx, params, body }) => createVariant(ctx, { templateId: params.id, ...body }),
  );
  route(
    kit,
    {
      ...base,
      method: 'patch',
      path: '/templates/:id/variants/:variantId',
      summary: 'Edit a variant: price, pool, cap, per-order bounds, buyer limit',
      params: VariantParams,
      body: UpdateVariantInput,
      response: Template,
    },
    ({ ctx, params, body }) => updateVariant(ctx, { templateId: params.id, variantId: params.variantId, ...body }),
  );
  route(
    kit,
    {
      ...base,
      method: 'delete',
      path: '/templates/:id/variants/:variantId',
      summary: 'Remove a variant (kept for its orders if it has any)',
      params: VariantParams,
      response: Template,
    },
    ({ ctx, params }) => removeVariant(ctx, { templateId: params.id, variantId: params.variantId }),
  );
  route(
    kit,
    {
      tag: 'templates',
      auth: 'user',
      method: 'get',
      path: '/template-variants/:id',
      summary: 'Which listing a variant’s deep link opens',
      params: IdParams,
      response: VariantLink,
    },
    ({ ctx, params }) => findVariantLink(ctx, { variantId: params.id }),
  );
}
