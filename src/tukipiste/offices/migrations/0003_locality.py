"""Localities (towns), and the locality an office is in."""

import django.db.models.deletion
import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('offices', '0002_rename_tables'),
    ]

    operations = [
        migrations.CreateModel(
            name='Locality',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name_fi', models.CharField(max_length=80, verbose_name='name in Finnish')),
                ('name_sv', models.CharField(help_text='The same as the Finnish name when the town has no Swedish name of its own.', max_length=80, verbose_name='name in Swedish')),
                ('region', models.CharField(choices=[('uusimaa', 'Uusimaa'), ('varsinais-suomi', 'Southwest Finland'), ('satakunta', 'Satakunta'), ('kanta-hame', 'Kanta-Häme'), ('pirkanmaa', 'Pirkanmaa'), ('paijat-hame', 'Päijät-Häme'), ('kymenlaakso', 'Kymenlaakso'), ('etela-karjala', 'South Karelia'), ('etela-savo', 'South Savo'), ('pohjois-savo', 'North Savo'), ('pohjois-karjala', 'North Karelia'), ('keski-suomi', 'Central Finland'), ('etela-pohjanmaa', 'South Ostrobothnia'), ('pohjanmaa', 'Ostrobothnia'), ('keski-pohjanmaa', 'Central Ostrobothnia'), ('pohjois-pohjanmaa', 'North Ostrobothnia'), ('kainuu', 'Kainuu'), ('lappi', 'Lapland'), ('ahvenanmaa', 'Åland')], max_length=30, verbose_name='region')),
                ('slug', models.SlugField(max_length=80, unique=True, verbose_name='slug')),
            ],
            options={
                'verbose_name': 'locality',
                'verbose_name_plural': 'localities',
                'ordering': ['name_fi'],
                'constraints': [models.UniqueConstraint(django.db.models.functions.text.Lower('name_fi'), name='locality_name_fi_unique'), models.UniqueConstraint(django.db.models.functions.text.Lower('name_sv'), name='locality_name_sv_unique')],
            },
        ),
        migrations.AddField(
            model_name='office',
            name='locality',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='offices', to='offices.locality', verbose_name='locality'),
        ),
    ]
