import type { PublicTemplate, Template } from '@codepool/shared';
import type { TemplateRow } from '../../db/schema/index.ts';

export function toTemplateResponse(row: TemplateRow, available: number | null): Template {
  return {
    id: row.id,
    sellerId: row.sellerId,
    title: row.title,
    description: row.description,
    price: row.price,
    currency: row.currency,
    maxQuantity: row.maxQuantity,
    instructions: row.instructions,
    defaultPoolId: row.defaultPoolId,
    active: row.active,
    autoPause: row.autoPause,
    autoPaused: row.autoPaused,
    createdAt: row.createdAt.toISOString(),
    available,
  };
}

export function toPublicTemplate(row: TemplateRow, available: number | null, sellerName: string): PublicTemplate {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    price: row.price,
    currency: row.currency,
    maxQuantity: row.maxQuantity,
    purchasable: row.active,
    // Manual delivery has no stock to count: the seller delivers by hand.
    inStock: available === null || available > 0,
    sellerName,
  };
}
