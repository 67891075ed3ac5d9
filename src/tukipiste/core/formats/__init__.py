"""Date and time formats per language (``FORMAT_MODULE_PATH``), where Django's defaults do
not match how the organisation's readers write them: a 24-hour clock everywhere, Finnish
"klo 12.00", Finland-Swedish "30.11.2026 kl. 12.00", British English "30 Nov 2026, 12:00",
Thai "14.00 น.". Languages without a module here use Django's own."""
