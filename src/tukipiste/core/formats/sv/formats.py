# Finland-Swedish writes dates as in Finnish, not as in Sweden (2026-11-30).
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H.i"
DATETIME_FORMAT = r"j F Y \k\l. H.i"
SHORT_DATE_FORMAT = "j.n.Y"
SHORT_DATETIME_FORMAT = r"j.n.Y \k\l. H.i"
MONTH_DAY_FORMAT = "j F"
