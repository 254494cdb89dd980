"""Load the user's language: Matside's catalogue, Qt's own (for the texts Qt draws, such as a
line edit's context menu), the locale for numbers, and the core's translator.

The catalogues are made by ``tools/make_translations.py``; :mod:`matside.core.i18n` says how the
layers without Qt take part.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from matside.core.i18n import pick_language, use_decimal_point, use_translator
from matside.storage import paths

logger = logging.getLogger(__name__)


@dataclass
class Installed:
    """The language in use and the catalogues loaded for it."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self, app: QCoreApplication) -> None:
        """Back to English (as the tests need between one language and the next)."""
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        use_translator(None)
        use_decimal_point(".")
        self.language = "en"


def install_translations(app: QCoreApplication, choice: str) -> Installed:
    """Translate ``app`` into the language ``choice`` names ("system": the system's). English
    is used when the catalogue cannot be loaded: it is never missing."""
    language = pick_language(choice, QLocale.system().uiLanguages())
    use_decimal_point(".")
    if language == "en":
        use_translator(None)
        return Installed("en")
    ours = QTranslator(app)
    catalogue = paths.resource(f"translations/matside_{language}.qm")
    if not ours.load(str(catalogue)):
        logger.warning("Cannot load the %s translation from %s; using English", language, catalogue)
        use_translator(None)
        return Installed("en")
    installed = Installed(language, [ours])
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.translators.append(qt)
    for translator in installed.translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    use_decimal_point(QLocale(language).decimalPoint())
    use_translator(QCoreApplication.translate)
    return installed


def counted(text: str, count: int) -> str:
    """``text``, a message of ``tr("%n routine(s)", "", count)``, with its English ``(s)``
    settled by ``count``.

    A catalogue's numerus forms replace the whole message in German and Spanish; English has
    no catalogue (the code's words are English), so Qt leaves ``(s)`` as written: ``1 routine``,
    ``2 routines``.
    """
    return text.replace("(s)", "" if count == 1 else "s")
