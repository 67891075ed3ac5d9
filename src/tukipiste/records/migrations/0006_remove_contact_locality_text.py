"""The free-text locality has become ``Contact.locality`` (see 0005): drop its column."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("records", "0005_contact_locality_list")]

    operations = [migrations.RemoveField(model_name="contact", name="locality_text")]
