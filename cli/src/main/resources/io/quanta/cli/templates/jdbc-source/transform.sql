-- {{title}}: the rows of the source query ({raw}, as staged) shaped into the contract's object {{table}}.
-- One SELECT (WITH allowed); its columns are matched to the contract's properties by name. With several
-- objects, put each SELECT under a line '-- object: <name>'.
SELECT
  id,
  TRIM(name) AS name,
  LOWER(TRIM(category)) AS category,
  amount,
  CURRENT_TIMESTAMP(6) AS loaded_at
FROM {raw}
WHERE id IS NOT NULL
