-- Integration layer between stg and dw: portable views holding the set-based logic (current rows, merged identities, business
-- keys looked up); the loads read them with INSERT … SELECT, inside the engine.
CREATE SCHEMA prep AUTHORIZATION dbo;
