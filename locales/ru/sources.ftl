## The sources page.

sources-method-heading = Как готовится материал
sources-method-text = Советы по безопасности на сайте основаны на том, что говорят гражданам ANAMA, МЧС и МВД Азербайджана, и на опыте международных организаций (ЮНИСЕФ, Красного Креста и Красного Полумесяца) в просвещении о минной опасности. Если по какому-то вопросу они ничего не советуют, указаны другие источники. Каждая цифра и каждый номер телефона взяты из опубликованного источника, который приведён на этой странице, — с датой и с тем, кто это сказал. Сам сайт ничего не подсчитывает и не оценивает.
sources-official-text = Данные о погибших и раненых при взрывах мин приводятся в основном по сведениям государственных органов Азербайджана (ANAMA, Генеральной прокуратуры и министерств) в передаче информационных агентств; несколько цифр назвали сами СМИ. У каждой цифры указано, кто её назвал и что это за организация.
sources-neutral-text = Сайт пишет об опасности нейтрально, без оценок. У него одна цель: чтобы больше никто не пострадал.
sources-promise-text = Фраза для детей «Тебя не будут ругать за то, что ты скажешь правду» — собственное обещание сайта; выполняют его взрослые рядом с ребёнком. Источник для этой фразы не указан.
sources-list-heading = Использованные источники
sources-count = Сайт ссылается на { $count ->
    [one] { $count } источник
    [few] { $count } источника
    [many] { $count } источников
   *[other] { $count } источника
}.
sources-topic-rules = Правила безопасности
sources-topic-numbers = Куда звонить
sources-undated = дата не указана
sources-privacy-heading = Конфиденциальность
sources-privacy-text = Сайт ничего никуда не отправляет: посещения не считаются, нет программ, которые следят за вами, ничего не загружается с других серверов. Ваши ответы, настройки и местоположение остаются на вашем устройстве, если только вы сами ими не поделитесь или не отправите их.
sources-offline-size = Чтобы сайт открывался без интернета, он сохраняется на телефоне целиком (все страницы на трёх языках) и занимает { $size }.
sources-megabytes = около { $megabytes } МБ
sources-about-heading = О сайте
sources-about-text = Образовательный сайт о минной безопасности на азербайджанском, английском и русском языках для людей, возвращающихся в районы, затронутые минами, и для школ. Он работает при медленном интернете и на простых телефонах, читается, даже если его интерактивные части не открываются, и хорошо печатается.
sources-label = Источники:
sources-topic-signs = Предупреждающие знаки и признаки опасности
sources-topic-emergency = Что делать в опасной ситуации
sources-topic-schools = Обучение детей
sources-topic-statistics = Статистика: пострадавшие, загрязнение и разминирование
sources-corrections = Нашли ошибку? Напишите:

## Who said it: the bodies the sources quote.

speaker-anama-public-council = Общественный совет при ANAMA
speaker-anama = ANAMA, Агентство Азербайджанской Республики по разминированию
speaker-mes = Министерство по чрезвычайным ситуациям Азербайджана
speaker-mod = Министерство обороны Азербайджанской Республики
speaker-joint-anama-mia-pgo = ANAMA, МВД и Генеральная прокуратура (совместное заявление)
speaker-sarc = Сирийский арабский Красный Полумесяц
speaker-mag = MAG (Mines Advisory Group)
speaker-ifrc = Международная федерация обществ Красного Креста и Красного Полумесяца
speaker-uda = Ассоциация сапёров Украины
speaker-cmac = Камбоджийская программа просвещения о минной опасности
speaker-dsgu = DSGU, приложение для детей «Walk Safe»
speaker-ua-authorities = Власти Украины
speaker-nolandmines = Энди Смит, nolandmines.com
speaker-mine-awareness = mine-awareness.com
speaker-nikvesti = NikVesti (Украина)
speaker-ccw = Конвенция о конкретных видах обычного оружия, Протокол II с поправками, Техническое приложение
speaker-ses-ukraine = Государственная служба Украины по чрезвычайным ситуациям
speaker-minerats = Fourmilab (презентация Minerats)
speaker-minreintegration = Министерство реинтеграции Украины
speaker-loknycka = Администрация Локницкой общины (Украина)
speaker-klymenko = Klymenko Time (Украина)
speaker-semenivska = Администрация Семёновской общины (Украина)
speaker-landminealert = landminealert.com (порядок действий по рекомендациям ООН)
speaker-garthwaite = Рози Гартуэйт, книга «How to Avoid Being Killed in a War Zone» («Как не погибнуть в зоне боевых действий»)
speaker-lifeguidehubb = lifeguidehubb.com (общее руководство)
speaker-mfa = Министерство иностранных дел Азербайджана
speaker-pgo = Генеральная прокуратура Азербайджана
speaker-hajiyev = Хикмет Гаджиев, помощник Президента Азербайджана
speaker-unnamed-official = Источник не назван
speaker-caliber = Caliber.Az
speaker-azcbl = AzCBL, Азербайджанская кампания за запрещение мин
speaker-geneva-mission = Постоянное представительство Азербайджана при Отделении ООН в Женеве
speaker-unicef-ukraine = Представительство ЮНИСЕФ в Украине
speaker-unicef = ЮНИСЕФ
speaker-azernews = Azernews
speaker-ombudsman = Уполномоченный по правам человека (омбудсмен) Азербайджана
speaker-mia = Министерство внутренних дел Азербайджана
speaker-cabinet = Кабинет министров Азербайджана (отчёт премьер-министра Али Асадова)
speaker-joint-pgo-mia-sss = Генеральная прокуратура, МВД и Служба государственной безопасности (совместное заявление)
speaker-tebib = TƏBİB, Объединение по управлению медицинскими территориальными подразделениями
speaker-aqreqator = Aqreqator.az
speaker-ssu = Служба безопасности Украины
speaker-bremerhaven-police = Полиция Бремерхафена (Германия)
speaker-bih-civil-protection = Управление гражданской защиты Федерации Боснии и Герцеговины
speaker-guam-civil-defense = Управление гражданской обороны Гуама (США)
speaker-gichd = GICHD, Женевский международный центр гуманитарного разминирования
speaker-state-tourism-agency = Государственное агентство по туризму и Министерство цифрового развития и транспорта Азербайджана
speaker-kyiv-desna-administration = Администрация Деснянского района Киева (Украина)
speaker-icrc = Международный комитет Красного Креста (МККК)

## The kind of body a speaker is, shown beside every figure (data/speakers.csv).
# $speaker: a speaker-… message; $kind: a speaker-kind-… message.
speaker-with-kind = { $speaker } ({ $kind })
speaker-kind-state-body = государственный орган
speaker-kind-public-council = общественный совет
speaker-kind-international-body = международная организация
speaker-kind-ngo = неправительственная организация
speaker-kind-news-outlet = СМИ
speaker-kind-independent = независимый автор или сайт
