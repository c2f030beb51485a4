"""Messages of the command line about its own work: files it cannot write, a database URL it
cannot use, an input too large for the time limit, and an unexpected error (said in one line,
never as a traceback)."""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.not_regular_file": {
        "da": "{path} er ikke en almindelig fil (men fx en enhed eller en mappe); respite skriver"
        " kun filer og erstatter aldrig andet; der er ikke skrevet noget.",
        "en": "{path} is not a regular file (but e.g. a device or a folder); respite writes only"
        " files and never replaces anything else; nothing was written.",
    },
    "cli.db_url": {
        "da": "Databasen {source} kan ikke bruges: {problem}. Skriv fx sqlite:///respite.db"
        " eller postgresql+psycopg://bruger@vært/database.",
        "en": "The database {source} cannot be used: {problem}. Write e.g. sqlite:///respite.db"
        " or postgresql+psycopg://user@host/database.",
    },
    "cli.db_url.not_url": {
        "da": "det er ikke en database-URL",
        "en": "it is not a database URL",
    },
    "cli.db_url.backend": {
        "da": "respite bruger kun SQLite og PostgreSQL, ikke {backend}",
        "en": "respite uses only SQLite and PostgreSQL, not {backend}",
    },
    "cli.db_url.driver": {
        "da": "driveren {driver} er ikke installeret",
        "en": "the driver {driver} is not installed",
    },
    "cli.too_large_for_time": {
        "da": "Scenariet er for stort til --time-limit {limit}: {requests} ønsker med omkring"
        " {candidates} mulige ophold (ønske × sted × ankomstdag); at læse og oversætte det tager"
        " omkring {needed} s. Giv --time-limit {suggested} eller mere, eller del scenariet op."
        " Der er ikke skrevet noget.",
        "en": "The scenario is too large for --time-limit {limit}: {requests} requests with"
        " about {candidates} candidate stays (request × centre × arrival day); reading and"
        " compiling it take about {needed} s. Give --time-limit {suggested} or more, or split"
        " the scenario. Nothing was written.",
    },
    "cli.unexpected": {
        "da": "respite {command} stoppede ved en uventet fejl ({error}); der er ikke skrevet"
        " noget. Fejlen er logget uden personoplysninger.",
        "en": "respite {command} stopped at an unexpected error ({error}); nothing was written."
        " The error is logged without personal data.",
    },
    # what the operating system says, in words a case worker reads
    "oserror.ENOSPC": {"da": "disken er fuld", "en": "the disk is full"},
    "oserror.EDQUOT": {"da": "diskkvoten er brugt op", "en": "the disk quota is used up"},
    "oserror.EACCES": {"da": "ingen adgang", "en": "permission denied"},
    "oserror.EPERM": {"da": "ingen adgang", "en": "permission denied"},
    "oserror.EROFS": {"da": "drevet er skrivebeskyttet", "en": "the drive is read-only"},
    "oserror.ENOENT": {"da": "mappen findes ikke", "en": "the folder does not exist"},
    "oserror.ENOTDIR": {
        "da": "en del af stien er ikke en mappe",
        "en": "part of the path is not a folder",
    },
    "oserror.EISDIR": {"da": "det er en mappe", "en": "it is a folder"},
    "oserror.EEXIST": {
        "da": "findes allerede og er ikke en tom mappe (respite overskriver ikke en mappe med"
        " filer)",
        "en": "exists and is not an empty folder (respite does not overwrite a folder holding"
        " files)",
    },
}
