import { DataSource } from 'typeorm';

/** A second region with its own strategy and bureau, to prove regions stay apart. */
export async function addSecondRegion(dataSource: DataSource): Promise<{ regionId: string; strategyId: string; themeId: string; municipalityId: string }> {
  const [region] = await dataSource.query(`INSERT INTO region (name, slug) VALUES ('Gelderland-Midden', 'gelderland-midden') RETURNING id`);
  const [municipality] = await dataSource.query(
    `INSERT INTO municipality (region_id, name, slug, cbs_code, population) VALUES ($1, 'Arnhem', 'arnhem', 'GM0202', 145000) RETURNING id`,
    [region.id],
  );
  const [strategy] = await dataSource.query(
    `INSERT INTO strategy (region_id, title, period_start, period_end, status) VALUES ($1, 'Veiligheidsstrategie Gelderland-Midden', '2009-01-01', '2012-12-31', 'DRAFT') RETURNING id`,
    [region.id],
  );
  const [theme] = await dataSource.query(
    `INSERT INTO theme (strategy_id, region_id, slug, name, position) VALUES ($1, $2, 'overlast', 'Overlast', 1) RETURNING id`,
    [strategy.id, region.id],
  );
  const [user] = await dataSource.query(
    `INSERT INTO user_account (email, name, password_hash, demo) SELECT 'bureau.gm@regie.example', 'Bureau GM', password_hash, true FROM user_account WHERE email = 'bureau@regie.example' RETURNING id`,
  );
  await dataSource.query(`INSERT INTO role_assignment (user_id, role, region_id) VALUES ($1, 'BUREAU', $2)`, [user.id, region.id]);
  return { regionId: region.id, strategyId: strategy.id, themeId: theme.id, municipalityId: municipality.id };
}
