## The sources page.

sources-method-heading = Məzmun necə hazırlanır
sources-method-text = Saytdakı təhlükəsizlik tövsiyələri Azərbaycan dövlət qurumlarının dərc etdiyi qaydalara və beynəlxalq mina riski maarifləndirməsi təcrübəsinə əsaslanır. Hər rəqəm və hər telefon nömrəsi bu səhifədə göstərilən dərc olunmuş mənbədən, tarixi və kimin dediyi ilə götürülür. Sayt özü heç bir rəqəm hesablamır.
sources-official-text = Minalardan həlak olan və yaralananlar barədə rəqəmlər Azərbaycan dövlət qurumlarından (ANAMA, Baş Prokurorluq və nazirliklər), əsasən xəbər agentliklərinin çatdırdığı şəkildə götürülür. Hər rəqəmin yanında onu kimin verdiyi göstərilir.
sources-neutral-text = Sayt təhlükəni neytral sözlərlə təsvir edir. Onun yeganə məqsədi daha heç kimin zərər çəkməməsidir.
sources-list-heading = İstinad edilən mənbələr
sources-count = Saytda { $count } mənbəyə istinad olunur.
sources-topic-rules = Təhlükəsizlik qaydaları
sources-topic-numbers = Zəng ediləcək nömrələr
sources-undated = tarix göstərilməyib
sources-privacy-heading = Məxfilik
sources-privacy-text = Bu sayt heç yerə heç nə göndərmir: analitika, izləyici, başqa serverlərdən şrift və ya skript yoxdur. Seçimləriniz brauzerinizdə qalır.
sources-about-heading = Sayt haqqında
sources-about-text = Mina təhlükəsizliyi barədə azərbaycan, ingilis və rus dillərində maarifləndirici sayt: minalardan təsirlənmiş ərazilərə qayıdan insanlar və məktəblər üçün. Yavaş internetdə və sadə telefonlarda işləmək, JavaScript olmadan oxunmaq və çap edilmək üçün hazırlanıb.
