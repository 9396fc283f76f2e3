-- Every rejected line of an import report carries a code that clients branch on; reports
-- written before codes existed get theirs from the fixed wording the server used then.
UPDATE import_batches
   SET report = jsonb_set(report, '{rejected}', (
         SELECT coalesce(jsonb_agg(
                  r || jsonb_build_object('code', CASE
                    WHEN r->>'reason' IN ('duplicate of an earlier line in this file', 'duplicate within this request')
                      THEN 'duplicate_in_file'
                    WHEN r->>'reason' IN ('already in your stock', 'duplicate of an item in your stock')
                      THEN 'duplicate_in_stock'
                    ELSE 'invalid' END)
                  ORDER BY ord), '[]'::jsonb)
           FROM jsonb_array_elements(report->'rejected') WITH ORDINALITY AS e(r, ord)))
 WHERE jsonb_typeof(report->'rejected') = 'array'
   AND EXISTS (SELECT 1 FROM jsonb_array_elements(report->'rejected') r WHERE NOT r ? 'code');
