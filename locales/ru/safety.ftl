## The core rules: the call of the Public Council under ANAMA, 12 January 2026, as it
## worded them: its call names no phone number, so none is added to its words here.

core-rules-heading = Четыре правила, которые спасают жизнь
core-rule-cleared-areas = Находитесь и работайте только на разрешённых и очищенных от мин территориях.
core-rule-warning-signs = Серьёзно относитесь к предупреждающим знакам.
core-rule-unknown-objects = Не трогайте неизвестные предметы.
core-rule-report = Увидев подозрительный предмет, сразу сообщите о нём в соответствующие органы.
# $speaker: who said it; $date: when.
core-rules-attribution = Источник: { $speaker }, { $date }.

## Numbers to call (only numbers that published sources state). -short: the home page tiles.

numbers-heading = Куда звонить
number-112-name = Горячая линия 112 Министерства по чрезвычайным ситуациям (МЧС)
number-112-use = При любой опасности, где бы вы ни были. Звонок бесплатный — со стационарного и мобильного телефона и с таксофона, даже если номер заблокирован или на счёте нет денег. ANAMA просит сообщать о подозрительных предметах по номеру 112 или 102.
number-102-name = Служба 102 МВД (полиция)
number-102-use = Чтобы сообщить о подозрительном предмете. Такие сообщения передают в ANAMA.
number-ambulance-name = Скорая помощь
number-ambulance-use = Если кто-то ранен. В Баку работает номер 103. В источниках о других районах упоминаются и станции 103, и станции 113. Если не уверены, какой номер работает там, где вы находитесь, звоните по номеру 112.

## The home page at a glance: the three things to do on seeing a suspicious object, then
## apart the one thing to do inside a mined area.

glance-heading = Увидели подозрительный предмет: три шага
glance-keep-away = Не подходите
glance-keep-away-text = Держитесь подальше от неизвестных предметов и от мест, обозначенных знаками, ограждением или лентой.
glance-do-not-touch = Не трогайте
glance-do-not-touch-text = Никогда не трогайте, не поднимайте и не сдвигайте подозрительный предмет.
glance-report = Сообщите
glance-report-text = Вернитесь тем же путём, каким пришли. Отойдя, позвоните по номеру 112 или 102.
glance-inside-lead = Вы оказались на заминированной территории?
glance-inside = Не двигайтесь: позвоните по номеру 112 и ждите помощи.
glance-inside-link = Что делать, шаг за шагом
number-112-short = МЧС
number-102-short = Полиция
number-ambulance-short = Скорая
