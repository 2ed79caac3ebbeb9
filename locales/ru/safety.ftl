## The core rules: the call of the Public Council under ANAMA, 12 January 2026.

core-rules-heading = Четыре правила, которые спасают жизнь
core-rule-cleared-areas = Находитесь и работайте только на разрешённых и очищенных от мин территориях.
core-rule-warning-signs = Серьёзно относитесь к каждому предупреждающему знаку.
core-rule-unknown-objects = Не трогайте никаких незнакомых предметов.
core-rule-report = Увидев подозрительный предмет, немедленно сообщите в соответствующие органы.
# $speaker: who said it; $date: when.
core-rules-attribution = Источник: { $speaker }, { $date }.

## Numbers to call (only numbers that published sources state).

numbers-heading = Куда звонить
number-112-name = Служба экстренной помощи (Министерство по чрезвычайным ситуациям)
number-112-use = При любой опасности. ANAMA просит сообщать о подозрительных предметах по номерам 112 или 102.
number-102-name = Полиция (Министерство внутренних дел)
number-102-use = Чтобы сообщить о подозрительном предмете: колл-центр полиции передаёт такие вызовы в ANAMA.
number-113-name = Скорая помощь
number-113-use = Если кто-то ранен.

## Who said it: the bodies the sources quote.

speaker-anama-public-council = Общественный совет при ANAMA
speaker-anama = ANAMA, Агентство по разминированию Азербайджанской Республики
speaker-mes = Министерство по чрезвычайным ситуациям
