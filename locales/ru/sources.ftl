## The sources page.

sources-method-heading = Как готовится материал
sources-method-text = Рекомендации по безопасности на сайте следуют правилам, опубликованным государственными органами Азербайджана, и международной практике обучения минной безопасности. Каждая цифра и каждый номер телефона взяты из опубликованного источника, указанного на этой странице, с датой и указанием, кто это сказал. Сам сайт ничего не оценивает и не досчитывает.
sources-official-text = Данные о погибших и раненых от мин приводятся по сведениям государственных органов Азербайджана (ANAMA, Генеральной прокуратуры и министерств), в основном в передаче информационных агентств. У каждой цифры указано, кто её назвал.
sources-neutral-text = Сайт описывает опасность нейтральными словами. Его единственная цель — чтобы больше никто не пострадал.
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
sources-privacy-text = Сайт ничего никуда не отправляет: никакой аналитики, трекеров, шрифтов или скриптов с других серверов. Ваш выбор остаётся в вашем браузере.
sources-about-heading = О сайте
sources-about-text = Образовательный сайт о минной безопасности на азербайджанском, английском и русском языках для людей, возвращающихся в районы, затронутые минами, и для школ. Он рассчитан на медленный интернет и простые телефоны, читается без JavaScript и печатается.
sources-label = Источники:
sources-topic-signs = Предупреждающие знаки и признаки опасности
sources-topic-emergency = Что делать в опасной ситуации
sources-topic-schools = Обучение детей
sources-topic-statistics = Статистика: пострадавшие, загрязнение и разминирование
sources-corrections = Нашли ошибку? Напишите:

## Who said it: the bodies the sources quote.

speaker-anama-public-council = Общественный совет при ANAMA
speaker-anama = ANAMA, Агентство по разминированию Азербайджанской Республики
speaker-mes = Министерство по чрезвычайным ситуациям
speaker-mod = Министерство обороны Азербайджанской Республики
speaker-joint-anama-mia-pgo = ANAMA, МВД и Генеральная прокуратура (совместное заявление)
speaker-sarc = Сирийский арабский Красный Полумесяц
speaker-mag = MAG (Mines Advisory Group)
speaker-ifrc = Международная федерация обществ Красного Креста и Красного Полумесяца
speaker-uda = Ассоциация сапёров Украины
speaker-cmac = Камбоджийская учебная программа по минной опасности
speaker-dsgu = DSGU, приложение для детей «Walk Safe»
speaker-ua-authorities = Власти Украины
speaker-nolandmines = Энди Смит, nolandmines.com
speaker-mine-awareness = mine-awareness.com
speaker-nikvesti = NikVesti (Украина)
speaker-ccw = Конвенция о конкретных видах обычного оружия, дополненный Протокол II, Техническое приложение
speaker-ses-ukraine = Государственная служба Украины по чрезвычайным ситуациям
speaker-minerats = Fourmilab (презентация Minerats)
speaker-minreintegration = Министерство реинтеграции Украины
speaker-loknycka = Администрация Локницкой громады (Украина)
speaker-klymenko = Klymenko Time (Украина)
speaker-semenivska = Администрация Семёновской громады (Украина)
speaker-landminealert = landminealert.com (порядок действий по рекомендациям ООН)
speaker-garthwaite = Рози Гартуэйт, «How to Avoid Being Killed in a War Zone»
speaker-lifeguidehubb = lifeguidehubb.com (общее руководство)
speaker-mfa = Министерство иностранных дел Азербайджана
speaker-pgo = Генеральная прокуратура Азербайджана
speaker-hajiyev = Хикмет Гаджиев, помощник Президента Азербайджана
speaker-unnamed-official = Официальный источник, не названный в сообщении СМИ
speaker-caliber = Caliber.Az (цифра, приведённая самим изданием)
speaker-azcbl = AzCBL, Азербайджанская кампания за запрещение мин
speaker-geneva-mission = Постоянное представительство Азербайджана при Отделении ООН в Женеве
speaker-unicef-ukraine = Представительство ЮНИСЕФ в Украине
speaker-unicef = ЮНИСЕФ
