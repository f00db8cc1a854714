import { DataSource } from 'typeorm';

export async function auditCount(dataSource: DataSource, action?: string): Promise<number> {
  const [row] = await dataSource.query(`SELECT count(*)::int AS n FROM audit_event ${action ? 'WHERE action = $1' : ''}`, action ? [action] : []);
  return row.n;
}

export async function municipalityBySlug(dataSource: DataSource, slug: string): Promise<{ id: string; population: number; version: number; website_url: string | null }> {
  const [row] = await dataSource.query('SELECT id, population, version, website_url FROM municipality WHERE slug = $1', [slug]);
  return row;
}
