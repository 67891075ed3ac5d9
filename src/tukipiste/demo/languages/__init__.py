"""Demo texts of the pages beyond the services, chat, offices and help pages, one module per
language (``ru``, ``th``, ``es``, ``ro``); ``content`` merges them with the fi/sv/en texts."""
