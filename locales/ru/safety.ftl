## The core rules: the call of the Public Council under ANAMA, 12 January 2026.

core-rules-heading = Четыре правила, которые спасают жизнь
core-rule-cleared-areas = Находитесь и работайте только на разрешённых и очищенных от мин территориях.
core-rule-warning-signs = Серьёзно относитесь к каждому предупреждающему знаку.
core-rule-unknown-objects = Не трогайте никаких незнакомых предметов.
core-rule-report = Увидев подозрительный предмет, немедленно сообщите в соответствующие органы.
# $speaker: who said it; $date: when.
core-rules-attribution = Источник: { $speaker }, { $date }.

## Numbers to call (only numbers that published sources state). -short: the home page tiles.

numbers-heading = Куда звонить
number-112-name = Служба экстренной помощи (Министерство по чрезвычайным ситуациям)
number-112-use = При любой опасности. ANAMA просит сообщать о подозрительных предметах по номерам 112 или 102.
number-102-name = Полиция (Министерство внутренних дел)
number-102-use = Чтобы сообщить о подозрительном предмете: колл-центр полиции передаёт такие вызовы в ANAMA.
number-113-name = Скорая помощь
number-113-use = Если кто-то ранен.

## The home page at a glance: the three things to do.

glance-heading = Три главных правила
glance-keep-away = Не подходите
glance-keep-away-text = Держитесь подальше от незнакомых предметов и от обозначенных или огороженных мест.
glance-do-not-touch = Не трогайте
glance-do-not-touch-text = Никогда не трогайте, не поднимайте и не сдвигайте подозрительный предмет.
glance-report = Сообщите
glance-report-text = Вернитесь тем же путём и позвоните 112 или 102.
number-112-short = Экстренная
number-102-short = Полиция
number-113-short = Скорая
