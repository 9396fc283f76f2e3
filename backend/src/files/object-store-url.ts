/** Where an S3-compatible object store is, parsed from OBJECT_STORE_URL. */
export type ObjectStoreConfig = {
  /** `http(s)://host:port`, without credentials or path. */
  endpoint: string;
  bucket: string;
  region: string;
  /** Absent: the SDK's default chain (AWS_ACCESS_KEY_ID…, a profile, an instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/** S3's own rule for bucket names: 3–63 lower-case letters, digits, dots and hyphens. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const REGION = /^[a-z0-9-]{1,64}$/;

/**
 * `http(s)://ACCESS_KEY:SECRET@host:port/bucket?region=…` (path-style addressing, region
 * us-east-1 unless given). Throws an Error whose message says what is wrong and never repeats
 * the secret.
 */
export function parseObjectStoreUrl(value: string): ObjectStoreConfig {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('must be a URL like https://ACCESS_KEY:SECRET@host:port/bucket?region=…');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('must start with http:// or https://');
  const segments = url.pathname.split('/').filter((s) => s !== '');
  if (segments.length !== 1) throw new Error('must name one bucket as its path: https://host/bucket');
  const bucket = decode(segments[0]!, 'the bucket');
  if (!BUCKET.test(bucket)) throw new Error(`bucket "${bucket}" is not a valid bucket name (3–63 of a-z 0-9 . -)`);
  for (const key of url.searchParams.keys()) {
    if (key !== 'region') throw new Error(`unknown parameter "${key}" (only region= is read)`);
  }
  const region = url.searchParams.get('region') ?? 'us-east-1';
  if (!REGION.test(region)) throw new Error(`region "${region}" is not a region name`);
  const accessKeyId = decode(url.username, 'the access key');
  const secretAccessKey = decode(url.password, 'the secret');
  if ((accessKeyId === '') !== (secretAccessKey === '')) {
    throw new Error('give both the access key and the secret (ACCESS_KEY:SECRET@host), or neither');
  }
  return {
    endpoint: `${url.protocol}//${url.host}`,
    bucket,
    region,
    ...(accessKeyId ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  };
}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new Error(`${what} has a malformed %-escape`);
  }
}
