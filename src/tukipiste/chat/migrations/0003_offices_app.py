"""A chat's office is now ``offices.Office``: the same table, so only the state changes."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("chat", "0002_chat_duty_permission"), ("offices", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="chat",
                    name="office",
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="chats", to="offices.office", verbose_name="office"),
                ),
            ]
        )
    ]
