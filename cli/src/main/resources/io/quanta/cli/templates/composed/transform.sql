-- {{title}}: the staged upstream objects, {customers} (retail-customers' customer) and {orders}
-- (sales-orders' sales_order), joined into the contract's object {{table}}: one row per country.
-- Staged columns keep the types of the upstream contracts; the SELECT's columns are matched to the
-- contract's properties by name.
SELECT
  c.country,
  COUNT(DISTINCT c.customer_id) AS customers,
  COUNT(o.order_id) AS orders,
  COALESCE(SUM(o.amount), 0) AS revenue,
  CURRENT_TIMESTAMP(6) AS computed_at
FROM {customers} c
LEFT JOIN {orders} o ON o.customer_id = c.customer_id
GROUP BY c.country
