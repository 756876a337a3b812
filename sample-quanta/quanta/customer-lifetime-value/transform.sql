-- Customer lifetime value: every retail customer with what they have ordered so far.
-- {customers} and {orders} are the staged rows of the two upstream quanta.
-- object: customer_value
SELECT c.customer_id,
       c.country,
       c.loyalty_tier,
       COUNT(o.order_id)            AS orders,
       COALESCE(SUM(o.amount), 0)   AS lifetime_value,
       MAX(o.ordered_at)            AS last_order_at
FROM {customers} c
LEFT JOIN {orders} o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.country, c.loyalty_tier
