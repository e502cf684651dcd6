from django.db import migrations

# The audit log must be trustworthy even against a bug or a hand-typed query: the database itself refuses
# to change or remove an entry (TRUNCATE, used only by test tear-down, is not a row operation).
FORBID = """
CREATE OR REPLACE FUNCTION accounts_auditlog_forbid_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit log entries are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER accounts_auditlog_append_only
    BEFORE UPDATE OR DELETE ON accounts_auditlogentry
    FOR EACH ROW EXECUTE FUNCTION accounts_auditlog_forbid_change();
"""

ALLOW = """
DROP TRIGGER IF EXISTS accounts_auditlog_append_only ON accounts_auditlogentry;
DROP FUNCTION IF EXISTS accounts_auditlog_forbid_change();
"""


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]
    operations = [migrations.RunSQL(FORBID, ALLOW)]
