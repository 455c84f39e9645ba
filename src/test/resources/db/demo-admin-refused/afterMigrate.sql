-- For DemoStartUpIT only: a database rule the demo's first account breaks, standing in for any
-- refusal that is not a duplicate (H2 2.4.240's "Check constraint invalid" after a restart was one).
ALTER TABLE account ADD CONSTRAINT ck_test_refuses_demo_admin CHECK (email <> 'admin@acme.example');
