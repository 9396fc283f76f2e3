# Русский каталог Codepool. Идентификаторы сообщений те же, что в en.ftl.

## Common

language-name = Русский
stars = { NUMBER($amount) } ★

status-pending_payment = ожидает оплаты
status-funded = оплачен, выдаётся
status-awaiting_stock = оплачен, ждёт поступления
status-preparing = оплачен, готовится
status-delivered = выдан
status-disputed = сообщено о проблеме
status-completed = завершён
status-refund_pending = идёт возврат
status-refunded = возвращён
status-cancelled = отменён
status-expired = истёк

dispute-reason-invalid = код недействителен
dispute-reason-already_used = код уже использован
dispute-reason-wrong_region = не тот регион
dispute-reason-other = другая проблема

reject-invalid = недопустимое значение ({ $reason })
reject-duplicate_in_file = повтор строки выше в этом файле
reject-duplicate_in_stock = уже есть в вашем запасе

period-day = сегодня
period-week = на этой неделе
period-lifetime = всего

error-validation_failed = Часть отправленных данных неверна.
error-invalid_json = Не удалось прочитать запрос.
error-payload_too_large = Слишком большой объём.
error-unsupported_media_type = Такой тип файла не принимается.
error-unauthorized = Войдите снова.
error-session_expired = Сеанс истёк. Войдите снова.
error-forbidden = У вас нет прав на это действие.
error-not_found = Не найдено. Возможно, это удалили.
error-conflict = Сейчас это сделать нельзя.
error-precondition_failed = Данные изменились. Обновите страницу и попробуйте снова.
error-limit_exceeded = Слишком много запросов. Попробуйте чуть позже.
error-gone = Ссылка истекла или уже использована.
error-internal = У нас что-то пошло не так. Попробуйте ещё раз.
error-unavailable = Codepool сейчас занят. Попробуйте через минуту.
error-network = Нет соединения. Проверьте сеть и попробуйте снова.
error-invalid_response = Сервер прислал непонятный ответ. Попробуйте ещё раз.

rule-variant_required = Сначала выберите вариант.
rule-variant_inactive = Этот вариант не продаётся.
rule-min_per_order = { $min ->
    [one] Не меньше { $min } штуки в заказе.
   *[other] Не меньше { $min } штук в заказе.
}
rule-max_per_order = { $max ->
    [one] Не больше { $max } штуки в заказе.
   *[other] Не больше { $max } штук в заказе.
}
rule-variant_cap = { $remaining ->
    [0] Этот вариант распродан.
    [one] Осталась { $remaining } штука.
    [few] Осталось { $remaining } штуки.
   *[many] Осталось { $remaining } штук.
}
rule-listing_cap = { $remaining ->
    [0] Этот товар распродан.
    [one] От товара осталась { $remaining } штука.
    [few] От товара осталось { $remaining } штуки.
   *[many] От товара осталось { $remaining } штук.
}
rule-buyer_limit = { $remaining ->
    [0] Вы достигли своего лимита для этого варианта.
    [one] Вы можете купить ещё { $remaining } штуку.
    [few] Вы можете купить ещё { $remaining } штуки.
   *[many] Вы можете купить ещё { $remaining } штук.
}

#
#
#

## Bot

# (bot messages)

bot-description = Codepool продаёт цифровые товары (подарочные карты, игровые ключи, лицензии) через эскроу: ваши звёзды хранятся, пока вы не получите свой код.
bot-short-description = Цифровые товары через эскроу, оплата звёздами.
bot-cmd-pools = Остатки по пулам
bot-cmd-newpool = Создать пул
bot-cmd-restock = Добавить коды в пул
bot-cmd-stock = Подробно об одном пуле
bot-cmd-threshold = Порог оповещения об остатке
bot-cmd-templates = Ваши товары
bot-cmd-bind = Привязать товар к пулу
bot-cmd-orders = Заказы, которые ждут вас
bot-cmd-deliver = Выдать заказ вручную
bot-cmd-dashboard = Войти в веб-панель
bot-cmd-purchases = Ваши покупки
bot-cmd-paysupport = Помощь с оплатой
bot-cmd-terms = Условия продажи
bot-cmd-language = Выбрать язык
bot-cmd-help = Что я умею

bot-language-prompt = На каком языке мне говорить? Сейчас: { $current }.
bot-language-follow = Как в Telegram
bot-language-set = Теперь я говорю по-русски.
bot-language-following = Теперь я говорю на языке вашего Telegram.

bot-help-buyer =
    Codepool продаёт цифровые товары через эскроу: ваши звёзды хранятся, пока вы не получите свой код.

    /purchases — ваши покупки
    /paysupport — помощь с оплатой
    /terms — условия продажи
    /language — выбрать язык
    /help — это сообщение
bot-help-seller =
    Команды продавца:
    /pools — остатки по пулам
    /newpool <название> <тип> [порог] — новый пул
    /restock — добавить коды в пул
    /stock <пул> — подробно об одном пуле
    /threshold <пул> <n> — порог оповещения об остатке
    /templates — ваши товары
    /bind — привязать товар к пулу
    /orders — заказы, которые ждут вас
    /deliver <заказ> — выдать вручную
    /dashboard — войти в веб-панель
bot-pay-support =
    Помощь с оплатой. Ваши звёзды хранятся на эскроу, пока вы не получите оплаченное:
    • Что-то не так с кодом? Нажмите «Сообщить о проблеме» ниже, пока открыт срок для споров. Продавец должен заменить товар или вернуть деньги; если он не ответит вовремя, это произойдёт автоматически.
    • Оплатили дважды или после истечения заказа? Такой платёж Telegram автоматически вернёт вам полностью.
    • Всё остальное: напишите сюда, и вам ответит оператор.
    Ваши последние покупки:
bot-terms = Условия продажи: вы покупаете цифровые товары у независимых продавцов. Оплата хранится на эскроу и переходит продавцу, когда вы подтвердите получение или закончится срок для споров. Проблема, о которой сообщили в этот срок, решается заменой затронутых товаров или возвратом всего платежа. Платежи, которые заказ не может принять, возвращаются полностью. /paysupport — помощь.
bot-report-problem = Сообщить о проблеме
bot-what-is-wrong = Что случилось?
bot-problem-reported = Сообщение отправлено. Продавец получил его и должен ответить; до тех пор ваши звёзды хранятся.
bot-unknown = Я не понял. /help — список того, что я умею.
bot-not-seller = Это команда продавца. Сначала откройте магазин в мини-приложении.
bot-cancelled = Остановлено.
bot-error = У нас что-то пошло не так. Попробуйте ещё раз.
bot-usage = Как использовать: { $usage }
bot-private-only = Отправьте это мне в личном чате: коды, ссылки для входа и счета не для группы.
bot-open-private-chat = Открыть личный чат
bot-open-in-app = Открыть в приложении
bot-reveal-in-app = Показать в приложении

bot-stock-line = { $pool }: доступно { $available } · в резерве { $reserved } · выдано { $delivered } · скоро истекает { $expiringSoon }
bot-stock-expired = истекло { $expired } · недействительно { $invalid }
bot-stock-alert = Оповещение об остатке: { $threshold }.
bot-stock-paused = Приостановлен: { $reason }.
bot-stock-paused-by-seller = продавцом
bot-source-kinguin = от Kinguin
bot-source-seller_server = с вашего сервера
bot-source-on_demand = по запросу
bot-source-backfill = пополняется при нехватке
bot-source-paused = приостановлен
bot-source-paused-because = приостановлен ({ $reason })
bot-source-active = работает
bot-button-restock = Пополнить
bot-no-pools = У вас ещё нет пулов. Создайте пул: /newpool <название> <тип> [порог].
bot-pool-not-found = У вас нет пула «{ $name }». /pools — список пулов.
bot-pool-created = Пул «{ $name }» ({ $type }) создан. /restock — добавить коды.
bot-threshold-set = Оповещение об остатке для { $pool }: { $threshold }.
bot-usage-stock = /stock <название пула>
bot-usage-threshold = /threshold <название пула> <число>
bot-usage-newpool = /newpool <название> <{ $types }> [порог]
bot-usage-deliver = /deliver <номер заказа> (см. /orders)

bot-choose-restock-pool = Какой пул пополнить?
bot-restock-prompt = Отправьте коды для { $pool }: вставьте их ({ $hint }) или пришлите CSV-файл. /cancel — остановить.
bot-restock-files-prompt = Пополнение { $pool }: { $hint }. Каждый файл добавляется сразу; /cancel, когда закончите.
bot-hint-code = один код в строке или код;пин
bot-hint-key = один ключ в строке
bot-hint-account = один логин:пароль в строке
bot-hint-license = один ключ в строке
bot-hint-bundle = один набор в строке
bot-hint-custom = один товар в строке, поля через ;
bot-hint-file = пришлите файлы документами (или одним ZIP-архивом)
bot-hint-image = пришлите изображения фото или документами (или одним ZIP-архивом)
bot-restock-report = { $pool } пополнен: добавлено { $accepted }, пропущено { $duplicates ->
        [one] { $duplicates } повтор
        [few] { $duplicates } повтора
       *[many] { $duplicates } повторов
    }, недействительно { $invalid }.
bot-rejected-line = строка { $line }: { $reason }
bot-rejected-more = … и ещё { $count }
bot-import-progress = Импорт… { $rows } строк
bot-import-progress-pct = Импорт… { $rows } строк ({ $pct }%)
bot-file-too-large = Файл больше { $size }, которые я принимаю. Разделите его и пришлите части по одной.
bot-size-bytes = { $n } байт
bot-size-kb = { $n } КБ
bot-size-mb = { $n } МБ
bot-download-stalled = Telegram перестал передавать файл, поэтому ничего не импортировано. Пришлите его ещё раз.

bot-no-templates = У вас ещё нет товаров. Создайте товар в панели или через API.
bot-choose-template = Какой товар?
bot-choose-variant-to-bind = Какой вариант?
bot-choose-pool = К какому пулу привязать?
bot-bind-no-pool = Без пула: выдавать вручную
bot-bound = { $title } теперь продаётся из { $pool }.
bot-manual-delivery = ручная выдача
bot-template-line = { $active ->
        [yes] 🟢
       *[no] ⏸
    } { $title } — { $price } ⭐{ $details }
bot-template-from = { " " }(от)
bot-variant-line = { "   " }{ $active ->
        [yes] •
       *[no] ⏸
    } { $title } — { $price } ⭐, { $details }
bot-sold = продано { $sold }
bot-sold-of-cap = продано { $sold } из { $cap }, осталось { $left }
bot-from-pool = из { $pool } ({ $available } в наличии)
bot-a-pool = пул
bot-per-order = { $min }–{ $max } в заказе
bot-per-buyer = не больше { $count } { $period ->
        [day] в день
        [week] в неделю
       *[lifetime] всего
    } на покупателя

bot-no-requests-waiting = Вас ничего не ждёт.
bot-owed-request = 📦 { $title } × { $quantity } — оплачен, выдайте вручную
bot-button-deliver = Выдать
bot-button-replace = Заменить
bot-button-refund = Вернуть деньги
bot-disputed-partial =
    ❗ { $title } × { $quantity } — сообщено о проблеме: оспорено { $disputed } из { $items }.
    Замена отправит из запаса { $disputed ->
        [one] { $disputed } новый товар
        [few] { $disputed } новых товара
       *[many] { $disputed } новых товаров
    }. Возврат вернёт весь платёж: { $amount } ⭐ покупателю, а { $kept ->
        [one] { $kept } неоспоренный товар не вернётся
        [few] { $kept } неоспоренных товара не вернутся
       *[many] { $kept } неоспоренных товаров не вернутся
    } к вам.
bot-disputed-whole = ❗ { $title } × { $quantity } — сообщено о проблеме: возврат вернёт { $amount } ⭐
bot-disputed = ❗ { $title } × { $quantity } — сообщено о проблеме
bot-replaced = Заменено. Покупатель уведомлён.
bot-refunding = Деньги возвращаются. Покупатель уведомлён.
bot-deliver-prompt = Вставьте то, что нужно выдать для { $title } (одна строка на товар). /cancel — остановить.
bot-delivered = { $title } выдан. Покупатель уведомлён.
bot-dashboard-link =
    Ваша ссылка для входа в панель (действует 10 минут, один раз):
    { $url }

bot-no-requests-yet = Вы ещё ничего не купили.
bot-purchase-line = { $title } × { $quantity } — { $total } ⭐ — { $status }
bot-purchase-line-order = { $title } × { $quantity } — { $total } ⭐ — { $status } (заказ { $order })
bot-buy-prompt = { $inStock ->
        [yes] { $title } — { $price } ⭐ за штуку. Сколько?
       *[no] { $title } — { $price } ⭐ за штуку (сейчас распродано). Сколько?
    }
bot-choose-variant = { $title } — от { $price } ⭐. Какой вариант?
bot-variant-button = { $title } — { $price } ⭐
bot-variant-button-sold-out = { $title } — { $price } ⭐ · распродано
bot-variant-button-left = { $title } — { $price } ⭐ · осталось { $left }
bot-limit-reached = Вы купили максимум { $title }: { $count } { $period ->
        [day] в день
        [week] в неделю
       *[lifetime] всего
    }.
bot-limit-note = { $period ->
        [day] Сегодня можно купить ещё { $remaining }.
        [week] На этой неделе можно купить ещё { $remaining }.
       *[lifetime] Можно купить ещё { $remaining }.
    }
bot-variant-paused = { $title } сейчас не продаётся.
bot-template-gone = Этот товар недоступен.
bot-sold-out = { $title } сейчас распродан.
bot-notify-me = Сообщить, когда появится
bot-will-notify = Я сообщу, когда товар снова появится.

bot-precheckout-not_ours = Этот счёт выставлен не Codepool.
bot-precheckout-gone = Этого заказа больше нет.
bot-precheckout-not_yours = Этот заказ принадлежит другому покупателю.
bot-precheckout-not_pending = Этот заказ уже оплачен или отменён.
bot-precheckout-expired = Срок заказа истёк; откройте товар снова. Деньги не списаны.
bot-precheckout-paused = Продавец сейчас приостановил этот товар. Деньги не списаны.
bot-precheckout-price_changed = Цена изменилась; откройте заказ снова.
bot-precheckout-sold_out = Извините, товар только что закончился. Деньги не списаны.
bot-precheckout-error = У нас что-то пошло не так. Деньги не списаны.
bot-not-charged = Деньги не списаны.

bot-your-order = ваш заказ
bot-your-payment = ваш платёж
bot-a-listing = Товар
bot-an-error = ошибка
bot-n-delivery = ✅ Ваша покупка { $title }{ $quantity ->
        [1] {""}
       *[other] { " " }× { $quantity }
    } выдана. Откройте её в приложении, чтобы увидеть.
bot-n-sale = 💰 Продано: { $title }{ $quantity ->
        [1] {""}
       *[other] { " " }× { $quantity }
    } за { $total } ⭐
bot-n-released = 💸 { $amount } ⭐ за { $title } зачислены на ваш баланс.
bot-n-manual-delivery = 📦 Оплаченный заказ { $title } нужно выдать вручную. Отправьте /deliver { $request } и вставьте содержимое.
bot-n-awaiting-stock = ⏳ { $title } оплачен, но сейчас распродан; вы получите его, как только запас пополнится.
bot-n-low-stock = ⚠️ В { $pool } заканчивается запас: осталось { $available } (порог { $threshold }). /restock — пополнить.
bot-n-out-of-stock = { $paused ->
        [0] 🚫 { $pool } закончился. /restock — пополнить.
        [one] 🚫 { $pool } закончился; { $paused } товар приостановлен до пополнения. /restock — пополнить.
        [few] 🚫 { $pool } закончился; { $paused } товара приостановлены до пополнения. /restock — пополнить.
       *[many] 🚫 { $pool } закончился; { $paused } товаров приостановлены до пополнения. /restock — пополнить.
    }
bot-n-expiring = ⌛ В { $pool } { $count ->
        [one] { $count } позиция истекает
        [few] { $count } позиции истекают
       *[many] { $count } позиций истекают
    } в течение 7 дней.
bot-n-dispute-opened = ❗ Покупатель сообщил о проблеме с { $title }: { $reason }. Ответьте в /orders (заказ { $request }).
bot-n-dispute-replaced = 🔁 Продавец заменил ваш товар { $title }. Откройте приложение, чтобы увидеть новый.
bot-n-dispute-refunding = ↩️ Продавец возвращает деньги за { $title }.
bot-n-refunded = ↩️ { $amount } ⭐ за { $title } возвращены.
bot-n-pool-paused = ⛔ { $pool } приостановлен: { $disputed } из { $sold } проданных товаров признаны недействительными { $buyers ->
        [one] { $buyers } покупателем
       *[other] { $buyers } разными покупателями
    }. Споры перечислены в панели; проверьте поставщика, затем возобновите пул там.
bot-n-payment-returned = ↩️ Ваш платёж { $amount } ⭐ не удалось принять ({ $reason }); он возвращается вам полностью. Больше ничего делать не нужно.
bot-n-payment-returned-for = ↩️ Ваш платёж { $amount } ⭐ за { $title } не удалось принять ({ $reason }); он возвращается вам полностью. Больше ничего делать не нужно.
bot-refusal-already_paid = заказ уже был оплачен
bot-refusal-expired = срок заказа истёк
bot-refusal-cancelled = заказ был отменён
bot-refusal-amount_mismatch = сумма не совпала с заказом
bot-refusal-variant_cap = последние штуки только что купил другой покупатель
bot-refusal-listing_cap = последние штуки только что купил другой покупатель
bot-refusal-buyer_limit = ваш лимит на этот товар исчерпан другим заказом
bot-refusal-other = заказ не смог его принять
bot-n-refund-requested = ↩️ У платёжного провайдера запрошен возврат { $amount }. Продавец вернёт деньги вручную; вы узнаете, когда это подтвердится.
bot-n-refund-requested-for = ↩️ У платёжного провайдера запрошен возврат { $amount } за { $title }. Продавец вернёт деньги вручную; вы узнаете, когда это подтвердится.
bot-n-refund-manual = 💳 Нужен ручной возврат: { $amount } за { $title } (заказ { $request }) оплачено через провайдера без API возвратов. Верните деньги там, затем подтвердите возврат в панели.
bot-n-supplier-failed = ⚠️ Заказ у поставщика для { $pool } не удался: { $reason }. { $outcome ->
        [own_stock] Продажа выдана из вашего собственного запаса.
        [refunded] Покупателю возвращаются деньги.
       *[other] Запас не пополнен; см. «Заказы у поставщика» в панели.
    }
bot-n-supplier-paused = ⏸ Поставщик { $pool } приостановлен: не удались { $failed } из последних { $orders } заказов. Его товары ничего не продают, пока вы не возобновите его в панели.
bot-n-reconcile = ⚠️ Сверка с Telegram нашла { $count ->
        [one] { $count } расхождение
        [few] { $count } расхождения
       *[many] { $count } расхождений
    } между журналом звёзд Telegram и нашим. См. страницу журнала в панели.
bot-n-back-in-stock = 🔔 { $title } снова в наличии.

## (The dashboard's sign-in pages, served by the backend)

page-signin-bad-link = Эта ссылка для входа не работает
page-signin-bad-link-body = Ссылка для входа истекла, уже использована или недействительна; попросите у бота новую командой /dashboard.
page-signin-title = Вход в панель Codepool
page-signin-as = По этой ссылке вы войдёте как { $who }. Продолжайте, только если сами запросили её у бота.
page-signin-button = Войти
page-signin-wrong-origin = Входите со страницы самой ссылки; откройте ссылку из бота снова.

#
#
#

## Mini App

# (Mini App messages)

# Mini App: the frame, shared words and states.
app-brand = Codepool
# Сумма в звёздах на кнопке: «⭐ 1 250».
app-stars = ⭐ { NUMBER($amount) }
# Читается экранным диктором после нарисованной звезды и числа.
app-stars-unit = { $amount ->
    [one] звезда
    [few] звезды
    [many] звёзд
   *[other] звезды
}
app-back = Назад
app-loading = Загрузка
app-try-again = Попробовать снова
app-load-failed = Не удалось загрузить
app-start-failed = Codepool не удалось запустить
app-offline = Нет соединения. Codepool догонит всё, как только связь вернётся.
app-screen-failed-title = На этом экране что-то сломалось
app-screen-failed-text = Ваши покупки в сохранности. Попробуйте снова или вернитесь назад и откройте экран заново.
app-not-found-title = Здесь ничего нет
app-not-found-text = Эта ссылка никуда не ведёт в Codepool.
app-sellers-only-title = Для продавцов
app-sellers-only-text = Этот раздел Codepool — для продавцов. Откройте магазин в боте, чтобы продавать свои коды.
app-show-more = Показать ещё
app-copy = Копировать
app-copy-done = Скопировано
app-copy-failed = Не удалось скопировать
app-copy-what = Копировать: { $label }
app-field-show = Показать: { $label }
app-field-hide = Скрыть: { $label }
app-quantity = Количество
app-quantity-less = На одну меньше
app-quantity-more = На одну больше
app-item-number = Позиция { $number }

# Mini App: opened outside Telegram, or with a session the server refused.
app-gate-outside-text = Это мини-приложение Telegram. Откройте его из бота Codepool в Telegram, чтобы покупать и открывать свои коды.
app-gate-outside-hint = Откройте бота в Telegram и нажмите кнопку меню или перейдите по ссылке продавца.
app-gate-old-client-text = Эта версия Telegram слишком старая для Codepool.
app-gate-old-client-hint = Обновите Telegram и снова откройте приложение из бота.
app-session-refused-title = Сеанс не подтверждён
app-session-refused-text = Не удалось подтвердить ваш сеанс Telegram — откройте приложение из бота заново.
app-session-refused-hint = Закройте это окно и снова откройте Codepool кнопкой меню бота.

# Mini App: home.
app-home-greeting = Привет, { $name }
app-home-greeting-anonymous = Привет
app-home-lead = Подарочные карты и ключи с доставкой в Telegram.
app-home-recent = Недавние покупки
app-home-nothing-bought = Покупок пока нет. Откройте товар по ссылке продавца, чтобы начать.
app-home-all-purchases = Все покупки
app-home-shop = Ваш магазин
app-home-shop-footer = Массовый импорт из CSV и товары — в веб-панели.
app-home-pools = Пулы товара
app-home-pools-hint = Остатки, пополнение, последние импорты
app-home-orders = Заказы к выдаче
app-home-orders-hint = Оплаченные заказы ждут вас
app-home-settings = Настройки

# Mini App: the language setting.
app-language-title = Язык
app-language-choose = Язык приложения
app-language-follow-telegram = Как в Telegram
app-language-follow-telegram-hint = Язык вашего приложения Telegram
app-language-footer = Бот тоже будет писать вам на этом языке.

# Mini App: a listing and buying it.
app-listing-untitled = Товар
app-listing-not-found-title = Товар не найден
app-listing-not-found-text = Этого товара больше нет. Попросите у продавца новую ссылку.
app-listing-sold-by = Продавец: { $seller }
app-listing-link-gone = Этот вариант больше не продаётся
app-listing-link-gone-choose = Выберите другой ниже.
app-listing-about = Описание
app-listing-sold-out = Распродано
app-listing-sold-out-footer = Мы напишем вам в Telegram, когда продавец пополнит запас.
app-stock-in = В наличии
app-stock-out = Нет в наличии
app-buy-choose-option = Выберите вариант
# Главная кнопка: «Купить за ⭐ 1 250» ($price — это app-stars).
app-buy-for = Купить за { $price }
app-buy-not-available = Недоступно
app-order-title = Ваш заказ
app-order-footer = Оплата звёздами Telegram; деньги хранятся на эскроу, пока вы не подтвердите, что код работает.
app-order-option = Вариант
app-order-total = Итого
app-order-view = Открыть заказ
app-order-untitled = Заказ
app-watch = Сообщить, когда появится
app-watch-done = Мы напишем вам в Telegram, когда товар появится.
app-watch-short = Сообщить
app-watch-short-done = Мы сообщим
app-notice-paused-title = Сейчас недоступно
app-notice-paused-text = Продавец приостановил продажу этого товара. Загляните позже.
app-notice-sold-out-option = { $option } — распродано
app-notice-sold-out-text = Попросите сообщить, когда товар появится: мы напишем вам в Telegram, как только продавец пополнит запас.
app-notice-variant-cap-several = Весь тираж этого варианта продан. Выберите другой вариант.
app-notice-limited-sold = Весь тираж этого ограниченного выпуска продан.
# $limit — это app-variant-limit-reached (или app-notice-limit-reached), ставшее предложением.
app-notice-limit-sentence = { $limit }.
app-notice-limit-reached = Вы достигли своего лимита
app-notice-limit-later = Позже можно будет купить снова.
app-notice-limit-other = Или выберите другой вариант.
app-notice-not-enough-text = Осталось меньше, чем минимальный заказ ({ $min }).
app-notice-choose-other = Выберите другой вариант.
app-notice-out-of-stock-text = Заказать всё равно можно: товар придёт автоматически, как только продавец пополнит запас.

# Mini App: a variant's state, beside it in the picker and on the chip.
app-variant-block-sold_out = Распродано
app-variant-block-variant_cap = Распродано (ограниченный выпуск)
app-variant-block-listing_cap = Распродано (ограниченный выпуск)
app-variant-block-buyer_limit = Лимит исчерпан
app-variant-block-paused = Приостановлено
app-variant-not-enough = Не хватает даже на один заказ
app-variant-left = { $count ->
    [one] Осталась { NUMBER($count) } штука
    [few] Осталось { NUMBER($count) } штуки
    [many] Осталось { NUMBER($count) } штук
   *[other] Осталось { NUMBER($count) } штуки
}
# $period: day, week или lifetime.
app-variant-limit-left = { $period ->
    [day] Сегодня можно купить ещё { NUMBER($count) }
    [week] На этой неделе можно купить ещё { NUMBER($count) }
   *[lifetime] Всего можно купить ещё { NUMBER($count) }
}
app-variant-limit-reached = { $period ->
    [day] Вы исчерпали лимит на сегодня: { NUMBER($count) }
    [week] Вы исчерпали лимит на эту неделю: { NUMBER($count) }
   *[lifetime] Вы исчерпали свой лимит: { NUMBER($count) }
}
app-variant-per-order-exact = { $count ->
    [1] Одна штука на заказ
   *[other] { $count } шт. на заказ
}
app-variant-per-order-up-to = До { $max } шт. на заказ
app-variant-per-order-range = От { $min } до { $max } шт. на заказ
# Заголовок над отказом в покупке, по нарушенному правилу.
app-rule-title-variant_required = Сначала выберите вариант
app-rule-title-variant_inactive = Этот вариант больше не продаётся
app-rule-title-min_per_order = Слишком мало для одного заказа
app-rule-title-max_per_order = Слишком много для одного заказа
app-rule-title-variant_cap = Осталось недостаточно
app-rule-title-listing_cap = Осталось недостаточно
app-rule-title-buyer_limit = Лимит исчерпан

# Mini App: paying.
app-pay-unpaid-cancelled = Оплата отменена. Заказ ещё немного подождёт оплаты — оплатить его можно в разделе «Мои покупки».
app-pay-unpaid-failed = Платёж не прошёл. Деньги не списаны.
app-pay-unpaid-unsupported = Оплата звёздами работает внутри Telegram. Откройте Codepool из бота, чтобы оплатить.
app-payment-title = Оплата
app-payment-expires = Неоплаченные заказы отменяются { $when }.
app-payment-to-pay = К оплате
# $price — это app-stars.
app-payment-pay = Оплатить { $price }
app-payment-cancel = Отменить заказ

# Mini App: purchases and their statuses.
app-purchases-title = Мои покупки
app-purchases-empty-title = Покупок пока нет
app-purchases-empty-text = Откройте товар по ссылке продавца или из бота — всё купленное появится здесь.
app-purchase-untitled = Покупка
app-purchase-not-found-title = Покупка не найдена
app-purchase-not-found-text = Такой покупки нет или она принадлежит другому аккаунту Telegram.
app-purchase-funded-title = Оплата получена
app-purchase-funded-text = Доставляем ваш заказ… страница обновится сама.
app-purchase-awaiting-stock-text = Бот тоже пришлёт вам сообщение.
app-purchase-disputed-text = Ответ придёт в боте; за ним последует замена или возврат.
app-purchase-preparing-text = Страница обновится сама; бот тоже сообщит.
app-purchase-unknown-state = Покупка в состоянии, которое эта версия приложения не знает.
app-purchase-confirming-title = Подтверждаем оплату
app-purchase-confirming-text = Telegram списал ваши звёзды. Заказ будет доставлен, как только оплата подтвердится, — страница обновится сама.
app-status-pending_payment = Ждёт оплаты
app-status-hint-pending_payment = Оплатите звёздами Telegram, чтобы получить заказ.
app-status-funded = Оплачен
app-status-hint-funded = Оплата получена — заказ доставляется.
app-status-awaiting_stock = Ждёт поступления
app-status-hint-awaiting_stock = Продавец пополняет запас. Заказ придёт, как только товар поступит.
app-status-preparing = Готовится
app-status-hint-preparing = Оплачен. Поставщик продавца готовит ваш заказ; он появится здесь, как только будет готов.
app-status-delivered = Доставлен
app-status-hint-delivered = Заказ готов — его можно открыть.
app-status-disputed = Проблема отправлена
app-status-hint-disputed = Продавец разбирается с проблемой, о которой вы сообщили.
app-status-completed = Завершён
app-status-hint-completed = Покупка завершена.
app-status-refund_pending = Возврат в пути
app-status-hint-refund_pending = Ваши звёзды возвращаются к вам.
app-status-refund-by-hand = Возврат от продавца
app-status-refund-by-hand-hint = Этот платёж нельзя вернуть автоматически: продавца попросили вернуть деньги самостоятельно. Если возврат не придёт, отправьте боту /paysupport.
app-status-refunded = Возвращён
app-status-hint-refunded = Ваши звёзды возвращены.
app-status-cancelled = Отменён
app-status-hint-cancelled = Заказ отменён до оплаты.
app-status-expired = Истёк
app-status-hint-expired = Заказ не оплатили вовремя.
app-confirm-title = Всё работает?
app-confirm-window = Сообщить о проблеме можно до { $when }.
app-confirm-no-window = Сообщите о проблеме, если код не работает.
app-confirm-receipt = Подтвердить получение
app-confirm-done = Спасибо! Продавец получил оплату.

# Mini App: the delivery, revealed.
app-delivery-nothing = Пока нечего открывать: ничего не доставлено.
app-delivery-your-items = { $count ->
    [1] Ваша позиция
   *[other] Ваши позиции ({ $count })
}
app-delivery-seen = Вы уже открывали это. При повторном открытии будет то же самое.
app-delivery-first-reveal = Открывайте, когда будете готовы воспользоваться. Первое открытие (для файла без PIN — первое скачивание) записывается.
app-delivery-revealed-at = Открыто { $when }
app-delivery-not-revealed = Ещё не открыто
app-delivery-reveal = { $count ->
    [1] Открыть
   *[other] Открыть все ({ $count })
}
app-delivery-how-to-use = Как использовать
app-delivery-download-text = Скачать текстом
app-delivery-hide = Скрыть
app-file-save = Сохранить
app-file-download = Скачать
app-file-download-cancelled = Скачивание отменено.
app-file-download-failed = Не удалось начать скачивание. { $reason }
app-file-image-failed = Не удалось загрузить картинку. Нажмите «Сохранить», чтобы получить её снова.
app-file-type-text = Текст
# Размер файла; $size — уже отформатированное число.
app-size-bytes = { $size } Б
app-size-kb = { $size } КБ
app-size-mb = { $size } МБ
# Покупка, сохранённая текстовым файлом.
app-text-untitled = Покупка в Codepool
app-text-order = Заказ { $id }
app-text-file = Файл: { $name }

# Mini App: reporting a problem.
app-dispute-title = Сообщить о проблеме
app-dispute-about-before = Покупка:{" "}
app-dispute-about-after = . Продавец ответит заменой или возвратом.
app-dispute-what = Что не так?
app-dispute-reason-invalid = Код недействителен
app-dispute-reason-hint-invalid = Его не принимают там, где он должен работать.
app-dispute-reason-already_used = Уже использован
app-dispute-reason-hint-already_used = Кто-то активировал его раньше вас.
app-dispute-reason-wrong_region = Не тот регион
app-dispute-reason-hint-wrong_region = Он не работает в вашей стране или магазине.
app-dispute-reason-other = Другое
app-dispute-reason-hint-other = Расскажите продавцу, что пошло не так.
app-dispute-details = Подробности
app-dispute-details-optional = Подробности (необязательно)
app-dispute-placeholder = Что произошло, когда вы его использовали? Тексты ошибок помогут продавцу.
app-dispute-count = { $length } / { $max }
app-dispute-submit = Отправить проблему
app-dispute-choose-reason = Выберите, что не так.
app-dispute-too-long = Уложитесь в { $max } символов (сейчас { $length }).
app-dispute-describe = Опишите проблему — это обязательно, если выбрано «Другое».
app-dispute-check-form = Проверьте форму.
app-dispute-back = Назад к покупке
app-dispute-already = Вы уже сообщили о проблеме с этой покупкой.
app-dispute-not-now = О проблеме можно сообщить по доставленной покупке, пока открыто окно для споров.

# Mini App: the seller's pools.
app-delivery-type-code = Коды
app-delivery-type-key = Ключи
app-delivery-type-account = Аккаунты
app-delivery-type-license = Лицензии
app-delivery-type-bundle = Наборы
app-delivery-type-custom = Свои позиции
app-delivery-type-file = Файлы
app-delivery-type-image = Изображения
app-pools-empty-title = Пулов пока нет
app-pools-empty-text = Создайте пул в боте или в веб-панели, а пополнять его можно здесь.
app-pool-untitled = Пул без названия
app-pool-not-found-title = Пул не найден
app-pool-not-found-text = Такого пула нет или он принадлежит другому продавцу.
app-pool-available = { NUMBER($count) } в наличии
app-pool-alert-at = оповещение при { $count }
app-pool-low-stock-alert = оповещение о малом остатке при { $count }
app-pool-archived = В архиве
app-pool-low-stock = Мало осталось
app-pool-expiring = { $count ->
    [one] { $count } истекает
    [few] { $count } истекают
    [many] { $count } истекают
   *[other] { $count } истекают
}
app-pool-stock = Запас
app-stock-bar = В наличии: { $available }, в резерве: { $reserved }, доставлено: { $delivered }
app-pool-paused-text = Пул ничего не продаёт, пока его не возобновят.
app-pool-paused-resume = Возобновите его в боте или в веб-панели.
app-pool-out-of-stock-text = Покупатели, заказавшие сейчас, ждут пополнения; их обслужат в порядке очереди.
app-pool-running-low = Заканчивается
app-pool-running-low-text = { $count ->
    [one] Осталась всего { NUMBER($count) } позиция. Пополните запас, чтобы заказы и дальше доставлялись сразу.
    [few] Осталось всего { NUMBER($count) } позиции. Пополните запас, чтобы заказы и дальше доставлялись сразу.
    [many] Осталось всего { NUMBER($count) } позиций. Пополните запас, чтобы заказы и дальше доставлялись сразу.
   *[other] Осталось всего { NUMBER($count) } позиции. Пополните запас, чтобы заказы и дальше доставлялись сразу.
}
app-pool-count-available = В наличии
app-pool-count-available-hint = можно продать сейчас
app-pool-count-reserved = В резерве
app-pool-count-delivered = Доставлено
app-pool-count-expiring = Скоро истекают
app-pool-count-expiring-hint = в ближайшие 7 дней
app-pool-count-expired = Истекли
app-pool-count-invalid = Недействительные
app-pool-count-withdrawn = Сняты с продажи
app-pool-archived-text = Пул в архиве. Его позиции сохранены, но пополнить его нельзя.
app-imports-title = Последние импорты
app-imports-failed = Не удалось загрузить последние импорты
app-import-source-csv = CSV-файл
app-import-source-bot = Вставлено в боте
app-import-source-api = Добавлено в приложении или через API
app-import-source-supplier = От поставщика
app-import-source-files = Загруженные файлы
app-import-status-processing = Импортируется
app-import-status-completed = Готово
app-import-status-failed = Ошибка
app-import-status-undone = Отменён
app-import-added = { NUMBER($count) } добавлено
app-import-duplicates = { $count ->
    [one] { NUMBER($count) } дубликат
    [few] { NUMBER($count) } дубликата
    [many] { NUMBER($count) } дубликатов
   *[other] { NUMBER($count) } дубликата
}
app-import-invalid = { NUMBER($count) } недействительно

# Mini App: restocking a pool.
app-restock-title = Пополнить
app-restock-lead-before = Пополнение пула{" "}
app-restock-lead-after = . { $help } Дубликаты уже имеющихся кодов пропускаются.
app-restock-paste = Вставьте позиции
app-restock-help-code = Один код в строке или код;pin.
app-restock-help-account = Один аккаунт в строке в виде user:password.
app-restock-help-key = Один ключ в строке.
app-restock-help-bundle = Один набор в строке.
app-restock-example-bundle = Всё для одного покупателя, одной строкой
app-restock-help-custom = Одна позиция в строке: { $fields } через ;
app-restock-pool-fields = поля пула
app-restock-help-files = Файлы добавляются в веб-панели или отправкой боту.
app-restock-batches = Большие списки отправляются по { NUMBER($count) } строк за раз.
app-restock-ready = { $count ->
    [one] { NUMBER($count) } позиция готова
    [few] { NUMBER($count) } позиции готовы
    [many] { NUMBER($count) } позиций готово
   *[other] { NUMBER($count) } позиции готовы
}
app-restock-unreadable = { $count ->
    [one] { NUMBER($count) } строку не прочитать
    [few] { NUMBER($count) } строки не прочитать
    [many] { NUMBER($count) } строк не прочитать
   *[other] { NUMBER($count) } строки не прочитать
}
app-restock-sending = Отправка { $sent } / { $total }
app-restock-add = { $count ->
    [0] Добавить позиции
    [one] Добавить { NUMBER($count) } позицию
    [few] Добавить { NUMBER($count) } позиции
    [many] Добавить { NUMBER($count) } позиций
   *[other] Добавить { NUMBER($count) } позиции
}
app-restock-stopped = Остановлено на строке { $line }
app-restock-stopped-text = Строки до неё добавлены; вставьте остальное снова, чтобы продолжить.
app-restock-done = Пополнено
app-restock-done-text = { $count ->
    [one] В пул добавлена { NUMBER($count) } позиция.
    [few] В пул добавлено { NUMBER($count) } позиции.
    [many] В пул добавлено { NUMBER($count) } позиций.
   *[other] В пул добавлено { NUMBER($count) } позиции.
}
app-restock-report = Отчёт
app-restock-accepted = Принято
app-restock-duplicates = Пропущено дубликатов
app-restock-rejected = Не добавленные строки
app-restock-rejected-more = И ещё { $count }.
app-restock-line = Строка { $line }
app-restock-skip-no-fields = у этого пула нет полей
app-restock-skip-too-many-parts = ожидалось не больше частей: { $count }
app-restock-skip-account = ожидалось user:password
app-restock-skip-missing = не хватает поля «{ $field }»
app-restock-skip-too-long = слишком длинно

# Mini App: orders the seller delivers by hand.
app-seller-orders-empty-title = Ничего не ждёт
app-seller-orders-empty-text = Заказы товаров, привязанных к пулу, доставляются автоматически. Здесь появятся оплаченные заказы, которым нужны вы.
app-seller-orders-footer = Оплачено и хранится на эскроу, пока вы не выдадите заказ.
app-seller-orders-paid-at = оплачен { $when }
app-deliver-title = Выдать заказ
app-deliver-not-found-title = Заказ не найден
app-deliver-not-found-text = Такого заказа нет или он не ваш.
app-deliver-paid = Оплачено
app-deliver-not-waiting = Этот заказ вас больше не ждёт.
app-deliver-codes = { $count ->
    [one] { NUMBER($count) } код для покупателя, по одному в строке
    [few] { NUMBER($count) } кода для покупателя, по одному в строке
    [many] { NUMBER($count) } кодов для покупателя, по одному в строке
   *[other] { NUMBER($count) } кода для покупателя, по одному в строке
}
app-deliver-entered = Введено { $count } из { $expected }. Содержимое шифруется, и открыть его может только покупатель.
app-deliver-submit = Выдать

#
#
#

## Dashboard: common

dash-table-actions = Действия
dash-loading = Загрузка…
dash-try-again = Попробовать ещё раз
# A file's size.
dash-size-bytes = { NUMBER($size, maximumFractionDigits: 0) } Б
dash-size-kb = { NUMBER($size, maximumFractionDigits: 1) } КБ
dash-size-mb = { NUMBER($size, maximumFractionDigits: 1) } МБ

#
#
#

## Dashboard: the shell, sign-in, pools and items

# (dashboard messages, part A)

# The dashboard's shared pieces: dialogs, pagers, drop zones, toasts.
dash-ui-cancel = Отмена
dash-ui-close = Закрыть
dash-ui-dismiss = Скрыть
# Between a drop zone's "Drop … here" and its button to choose files.
dash-ui-or = или
dash-ui-page = Страница { $page }
dash-ui-previous = Назад
dash-ui-next = Далее
dash-ui-load-failed = Не удалось загрузить
# Read by screen readers after a Stars amount's number.
dash-ui-stars-unit = { $amount ->
    [one] звезда
    [few] звезды
    [many] звёзд
   *[other] звезды
}
# Beside a form field the server refused (its own reason is in English).
dash-ui-field-invalid = Проверьте это значение.

# Sign-in screen, shown before sign-in in the browser's language. <b>, <code> and <kbd> mark
# bold words, code and a command to type; keep them around the same words.
dash-signin-title-none = Вход в панель продавца
dash-signin-text-none = В Codepool нет паролей: бот Codepool в Telegram присылает вам одноразовую ссылку для входа.
dash-signin-title-expired = Ваша сессия завершилась
dash-signin-text-expired = Сессия панели длится неделю и завершается, когда вы выходите в другом месте. Попросите у бота новую ссылку, чтобы продолжить.
dash-signin-title-signed-out = Вы вышли
dash-signin-text-signed-out = Спасибо, что заглянули. Чтобы вернуться, попросите у бота новую ссылку для входа.
dash-signin-title-not-seller = Эта панель — для продавцов
dash-signin-text-not-seller = Сначала откройте магазин в мини-приложении Codepool в Telegram, затем попросите у бота ссылку для входа.
dash-signin-step-open = Откройте <b>бота Codepool</b> в Telegram.
dash-signin-step-send = Отправьте <kbd>/dashboard</kbd>.
dash-signin-step-link = Откройте ссылку из его ответа в этом браузере. Она работает <b>один раз</b> в течение <b>10 минут</b>.
# For people who run their own Codepool server; the command stays as it is, only "your Telegram id" is translated.
dash-signin-self-hosted = Запускаете Codepool сами? Ссылку выводит и команда <code>npm run codepool -- login-link <ваш Telegram id></code>.

# The frame: the sidebar and the tab's title.
# The product's name beside its logo (sidebar, sign-in screen); a name, not translated.
dash-shell-brand = Codepool
dash-shell-title = Codepool — панель продавца
# The tab's title on a section's page: "Pools · Codepool".
dash-shell-title-section = { $section } · Codepool
# A tag beside the Codepool name in the sidebar.
dash-shell-seller = Продавец
dash-shell-live = Онлайн
dash-shell-offline = Офлайн
dash-shell-live-hint = Обновления приходят сразу
dash-shell-reconnecting = Переподключение…
# Under the seller's name when they have no @username.
dash-shell-telegram-id = Telegram { $id }
dash-shell-sign-out = Выйти
dash-shell-language = Язык
# The language switch's first option: no choice of one's own, the language of one's Telegram app.
dash-shell-language-telegram = Как в Telegram

# The sidebar's sections; also the titles of their pages.
dash-nav-label = Главное меню
dash-nav-pools = Пулы
dash-nav-templates = Товары
dash-nav-orders = Заказы
dash-nav-analytics = Аналитика
dash-nav-ledger = Журнал движения звёзд
dash-nav-audit = Журнал действий
dash-nav-tokens = API-токены

# What each section's page is for, under its title.
dash-page-templates-description = То, что покупатели видят и оплачивают звёздами Telegram. У каждого варианта своя цена, пул, лимиты и ограничения; вариант, привязанный к пулу, выдаётся сразу после оплаты.
dash-page-templates-new = Новый товар
dash-page-templates-empty-title = Товаров пока нет
dash-page-templates-empty-text = Дайте пулу название и цену — и покупатели смогут заказать его в боте или в мини-приложении.
dash-page-orders-description = Заказы ваших товаров. Оплаченные заказы товаров без пула ждут, пока вы их выдадите; споры ждут вашего ответа.
dash-page-analytics-description = Как быстро продаётся каждый пул, когда он закончится, что пропало впустую и сколько заработал каждый товар.
dash-page-ledger-description = Где ваши звёзды: на эскроу, выплачены, возвращены — со сверкой с собственным журналом Telegram.
dash-page-audit-description = Всё, что сделали вы, и всё, что произошло с вашими пулами, товарами, заказами и токенами. Адреса показаны только для ваших собственных действий.
dash-page-tokens-description = Для ваших собственных инструментов и фидов поставщиков: пополнять запас, читать заказы. Токены управляются только здесь.
# The import page: its back link while the pool's name loads, its titles.
dash-page-import-pool = Пул
dash-page-import-title = Импорт
dash-page-import-into = Импорт в «{ $pool }»
dash-page-import-files-description = Файлы шифруются по мере поступления, а их тип определяется по содержимому; дубликаты вашего запаса или других файлов перечисляются.
dash-page-import-codes-description = Коды шифруются по мере поступления; дубликаты вашего запаса или предыдущих строк пропускаются и перечисляются.
# Names the import an undo dialog is about ("Undo this import?").
dash-page-import-this = этот импорт

dash-notfound-title = Страница не найдена
dash-notfound-text = Такого адреса в панели нет.
dash-notfound-action = К вашим пулам

# The pools page.
dash-pools-description = Зашифрованный запас, по одному виду позиций в каждом пуле.
# Under the title: "3 pools · 1,250 items available".
dash-pools-summary = { $pools ->
        [one] { $pools } пул
        [few] { $pools } пула
        [many] { $pools } пулов
       *[other] { $pools } пула
    } · { $available ->
        [one] { $available } позиция доступна
        [few] { $available } позиции доступны
        [many] { $available } позиций доступно
       *[other] { $available } позиции доступно
    }
# Added to the summary when some pools are at or under their alert.
dash-pools-summary-low = с низким остатком: { $count }
dash-pools-new = Новый пул
dash-pools-empty-title = Пулов пока нет
dash-pools-empty-text = Пул хранит один вид позиций (коды подарочных карт, ключи, аккаунты) в зашифрованном виде. Импортируйте в него CSV, затем привяжите его к товару.
dash-pools-create-first = Создать первый пул
dash-pools-archive-text = Пул перестанет продавать, а его товары будут отвязаны (сейчас их { $listings }). { $available ->
        [one] Его { $available } доступная позиция сохранится
        [few] Его { $available } доступные позиции сохранятся
        [many] Его { $available } доступных позиций сохранятся
       *[other] Его { $available } доступной позиции сохранятся
    }, как и прошлые выдачи, так что покупатели смогут открыть их и оспорить.
dash-pools-col-pool = Пул
dash-pools-col-available = Доступно
dash-pools-col-reserved = В резерве
dash-pools-col-delivered = Выдано
dash-pools-col-expired = Истекло
dash-pools-col-invalid = Недействительно
# The low-stock alert's level.
dash-pools-col-threshold = Порог
dash-pools-col-listings = Товары
dash-pools-col-status = Статус
# In the listings column of a pool no listing sells from.
dash-pools-no-listings = Нет
# A pool's source mode (a supplier fills it), as a tag under its name, and the tag's tooltip.
dash-pools-source-on_demand = Поставщик · по запросу
dash-pools-source-hint-on_demand = Продажи, которые пул не может закрыть, закупаются у его поставщика
dash-pools-source-backfill = Поставщик · пополнение
dash-pools-source-hint-backfill = Пополняется у поставщика, когда остаток становится низким

# One pool: its page, badges, stock cards, form.
dash-pool-title = Пул
dash-pool-not-found = Пул не найден
dash-pool-not-found-text = Такого пула нет или он не ваш
dash-pool-load-failed = Не удалось загрузить пул
# Under a paused pool's title; the reason is the server's (in English) or the default below.
dash-pool-paused = Приостановлен: { $reason }.
dash-pool-paused-default = слишком много позиций оспорено как недействительные
dash-pool-edit = Изменить
dash-pool-archive = Архивировать
dash-pool-import-files = Импорт файлов
dash-pool-import-csv = Импорт CSV
# How an import without a file name is told apart, where its items name their batch: "Bot · 5 Mar 2026, 10:01".
dash-pool-source-csv = CSV
dash-pool-source-bot = Бот
dash-pool-source-api = API
dash-pool-source-supplier = Поставщик
dash-pool-source-files = Файлы
# Names an import without a file name in the undo dialog ("Undo the 5 Mar 2026, 10:01 import?").
dash-pool-undo-label = импорт от { $when }
dash-pool-archive-title = Архивировать «{ $pool }»?
dash-pool-archive-confirm = Архивировать пул
dash-pool-archive-text = Пул перестанет продавать, а его товары будут отвязаны. Его позиции и прошлые выдачи сохранятся.
dash-pool-archived = Пул «{ $pool }» в архиве
dash-pool-saved = «{ $pool }» сохранён
dash-pool-created = Пул «{ $pool }» создан
dash-pool-badge-archived = В архиве
dash-pool-badge-paused = Приостановлен
dash-pool-badge-out = Нет в наличии
dash-pool-badge-low = Мало на складе
dash-pool-badge-low-hint = Оповещение при { $count } и меньше
dash-pool-badge-expiring = { $count ->
        [one] { $count } истекает
       *[other] { $count } истекают
    }
dash-pool-badge-expiring-hint = Доступные позиции, срок которых истекает в ближайшие 7 дней
dash-pool-stat-available = Доступно
dash-pool-stat-alert-at = Оповещение при { $count }
dash-pool-stat-no-alert = Без оповещения о низком остатке
dash-pool-stat-reserved = В резерве
dash-pool-stat-reserved-hint = Удерживаются для открытых заказов
dash-pool-stat-delivered = Выдано
dash-pool-stat-delivered-hint = Проданы покупателям
dash-pool-stat-expiring = Истекают за 7 дней
# Items expiring soonest are the first sold.
dash-pool-stat-expiring-hint = Продаются первыми
dash-pool-stat-expired = Истекло
dash-pool-stat-expired-hint = Срок вышел, не проданы
dash-pool-stat-invalid = Недействительны / сняты
dash-pool-stat-invalid-hint = Сняты с продажи
# What a pool of each delivery type holds.
dash-pool-type-code = Коды подарочных карт
dash-pool-type-key = Ключи игр и программ
dash-pool-type-account = Аккаунты
dash-pool-type-license = Лицензии
dash-pool-type-bundle = Наборы
dash-pool-type-custom = Свои поля
dash-pool-type-file = Файлы (PDF-ваучеры, файлы лицензий)
dash-pool-type-image = Изображения (фото карт)
# How codes are compared when looking for duplicates.
dash-pool-normalisation-trim = Точно (обрезка пробелов)
dash-pool-normalisation-upper = Без учёта регистра
dash-pool-normalisation-alnum = Только буквы и цифры (без учёта регистра, дефисов и пробелов)
dash-pool-form-description = Пул хранит один вид позиций в зашифрованном виде. Привяжите его к товару, чтобы продавать из него.
dash-pool-form-edit-title = Изменить «{ $pool }»
dash-pool-form-save = Сохранить изменения
dash-pool-form-create = Создать пул
dash-pool-form-name = Название
# An example pool name.
dash-pool-form-name-placeholder = Подарочная карта Steam 20 EUR
dash-pool-form-type = Тип выдачи
dash-pool-form-type-hint = Не меняется после создания пула: определяет поля каждой позиции.
dash-pool-form-type-hint-files = Не меняется после создания пула. Каждая позиция — загруженный файл, рядом с ним можно указать PIN-код и примечание.
dash-pool-form-threshold = Оповещать при остатке
dash-pool-form-threshold-hint = Вы получите одно оповещение, когда доступный запас упадёт до этого числа. 0 отключает его.
dash-pool-form-normalisation = Поиск дубликатов
dash-pool-form-normalisation-hint = Как сравниваются коды, прежде чем дубликат будет отклонён.
dash-pool-form-resume = Возобновить продажи
dash-pool-form-resume-hint = Приостановлен после того, как слишком много позиций было оспорено как недействительные.
# The fields of a pool of custom fields.
dash-pool-fields = Поля
dash-pool-fields-hint = Первое поле — основное: оно обязательно, и по нему ищутся дубликаты.
dash-pool-fields-label = Подпись
dash-pool-fields-name = Имя столбца
dash-pool-fields-required = Обязательное
# A secret field is encrypted and masked like a code.
dash-pool-fields-secret = Секретное
dash-pool-fields-remove = Удалить
dash-pool-fields-label-of = Подпись поля { $n }
dash-pool-fields-required-of = Поле { $n } обязательное
dash-pool-fields-secret-of = Поле { $n } секретное
# The label a new field starts with, and the first field's.
dash-pool-fields-new = Поле { $n }
dash-pool-fields-starter = Код
dash-pool-fields-add = Добавить поле

# A pool's items: the card on its page, the table, finding a code, taking items out of sale.
dash-items-title = Позиции
dash-items-description = Только замаскированный предпросмотр: содержимое позиций зашифровано и здесь не показывается.
dash-items-description-files = Только имя, тип и размер: файлы зашифрованы и здесь не показываются.
dash-items-status-available = Доступны
dash-items-status-reserved = В резерве
dash-items-status-delivered = Выданы
dash-items-status-expired = Истекли
dash-items-status-invalid = Недействительны
dash-items-status-withdrawn = Сняты
dash-items-all = Все
dash-items-filter = Фильтр позиций по статусу
dash-items-find-placeholder = Найти точный код…
dash-items-find-label = Найти точный код
dash-items-find = Найти
dash-items-searching = Поиск…
dash-items-no-match = В вашем запасе нет позиции с таким кодом.
dash-items-matches = { $count ->
        [one] { $count } совпадение с этим кодом.
        [few] { $count } совпадения с этим кодом.
        [many] { $count } совпадений с этим кодом.
       *[other] { $count } совпадения с этим кодом.
    }
dash-items-clear-search = Сбросить поиск
dash-items-other-pool = Некоторые совпадения — в другом вашем пуле.
dash-items-selected = Выбрано: { $count }
dash-items-withdraw = Снять с продажи
dash-items-mark-invalid = Пометить недействительными
# The empty table, by the status filter chosen.
dash-items-empty-all = Позиций пока нет
dash-items-empty-available = Нет доступных позиций
dash-items-empty-reserved = Нет позиций в резерве
dash-items-empty-delivered = Нет выданных позиций
dash-items-empty-expired = Нет истёкших позиций
dash-items-empty-invalid = Нет недействительных позиций
dash-items-empty-withdrawn = Нет снятых позиций
dash-items-empty-text = Импортируйте CSV, чтобы наполнить этот пул.
dash-items-empty-text-files = Импортируйте файлы, чтобы наполнить этот пул.
dash-items-empty-filtered = Попробуйте другой фильтр.
# Under the table: which items of the filter's count are on this page.
dash-items-showing = Показаны { $from }–{ $to }
dash-items-showing-of = Показаны { $from }–{ $to } из { $total }
dash-items-mark-invalid-title = Пометить позиции недействительными
dash-items-mark-invalid-confirm = Пометить недействительными: { $count }
dash-items-mark-invalid-text = Эти позиции никогда не будут проданы: используйте это для кодов, которые, по словам поставщика, не работают.
dash-items-withdraw-title = Снять позиции с продажи
dash-items-withdraw-confirm = Снять с продажи: { $count }
dash-items-withdraw-text = Эти позиции уйдут из пула; те же коды можно будет импортировать снова позже.
dash-items-mark-note = Изменятся только ещё доступные позиции; всё проданное остаётся у покупателя.
# After marking; the skipped part is added after "; " when some were sold meanwhile.
dash-items-marked-invalid = { $count ->
        [one] { $count } позиция помечена недействительной
        [few] { $count } позиции помечены недействительными
        [many] { $count } позиций помечено недействительными
       *[other] { $count } позиции помечено недействительными
    }
dash-items-marked-withdrawn = { $count ->
        [one] { $count } позиция снята с продажи
        [few] { $count } позиции сняты с продажи
        [many] { $count } позиций снято с продажи
       *[other] { $count } позиции снято с продажи
    }
dash-items-marked-skipped = { $count ->
        [one] { $count } уже была недоступна
        [few] { $count } уже были недоступны
        [many] { $count } уже были недоступны
       *[other] { $count } уже были недоступны
    }
dash-items-select-all = Выбрать все доступные позиции на этой странице
# A row's checkbox; the item is named by its file name or masked preview.
dash-items-select = Выбрать { $item }
dash-items-col-item = Позиция
dash-items-col-status = Статус
dash-items-col-expires = Истекает
dash-items-col-supplier = Поставщик
dash-items-col-cost = Цена закупки
# The import an item came with.
dash-items-col-batch = Партия
dash-items-col-added = Добавлена
# An item without an expiry date.
dash-items-never = Никогда

#
#
#

## Dashboard: imports and listings

# (dashboard messages, part B)

# Dashboard: a pool's import history.
dash-imports-title = История импорта
dash-imports-empty-title = Импортов пока нет
dash-imports-empty-text = Здесь появятся позиции, которые вы импортируете из CSV, через бота или API.
dash-imports-col-when = Когда
dash-imports-col-source = Источник
dash-imports-col-file = Файл
dash-imports-col-rows = Строки
dash-imports-col-accepted = Принято
dash-imports-col-duplicates = Дубликаты
dash-imports-col-invalid = Ошибки
dash-imports-col-status = Статус
dash-imports-undo = Отменить
# Where an import came from.
dash-imports-source-csv = CSV
dash-imports-source-bot = Бот
dash-imports-source-api = API
dash-imports-source-supplier = Поставщик
dash-imports-source-files = Файлы
dash-imports-status-processing = Обрабатывается
dash-imports-status-completed = Завершён
dash-imports-status-failed = Не удался
dash-imports-status-undone = Отменён
# A file import named after its first file, when it held more: "card-1.png + 2 more".
dash-import-sent-as-more = { $file } и ещё { $more }

# Dashboard: undoing an import.
dash-import-undo-title = Отменить этот импорт?
dash-import-undo-confirm = Отменить импорт
# $batch is the import's name (its file, or its source and time), shown in bold.
dash-import-undo-text = Каждая позиция из { $batch }, которая ещё доступна, уйдёт из пула (она снимается с продажи, так что те же коды можно импортировать снова). Уже проданные или зарезервированные позиции остаются у покупателей.
dash-import-undone = { $withdrawn ->
    [one] Импорт отменён: снята с продажи { $withdrawn } позиция.
    [few] Импорт отменён: сняты с продажи { $withdrawn } позиции.
    [many] Импорт отменён: снято с продажи { $withdrawn } позиций.
   *[other] Импорт отменён: снято с продажи { $withdrawn } позиции.
}
dash-import-undone-kept = { $withdrawn ->
    [one] Импорт отменён: снята с продажи { $withdrawn } позиция, не снято: { $kept } (уже проданы, зарезервированы, просрочены или недействительны).
    [few] Импорт отменён: сняты с продажи { $withdrawn } позиции, не снято: { $kept } (уже проданы, зарезервированы, просрочены или недействительны).
    [many] Импорт отменён: снято с продажи { $withdrawn } позиций, не снято: { $kept } (уже проданы, зарезервированы, просрочены или недействительны).
   *[other] Импорт отменён: снято с продажи { $withdrawn } позиции, не снято: { $kept } (уже проданы, зарезервированы, просрочены или недействительны).
}

# Dashboard: importing, shared by the CSV and the file import. $what is a file's name or dash-import-files-count.
dash-import-importing = Импортируем { $what }
dash-import-keep-open = Не закрывайте страницу, пока не появится отчёт.
dash-import-progress-upload = Загрузка
# Bytes uploaded so far, both already formatted: "1.2 MB of 3.4 MB".
dash-import-progress-bytes = { $done } из { $total }
dash-import-progress-processing = Обработка…
dash-import-progress-waiting = Ждём окончания загрузки
dash-import-start = Импортировать { $what }

# Dashboard: the CSV import.
dash-import-csv-unnamed = файл
dash-import-csv-progress-checking = Шифруем и ищем дубликаты
dash-import-csv-progress-rows = { $count ->
    [one] Прочитана { $count } строка
    [few] Прочитаны { $count } строки
    [many] Прочитано { $count } строк
   *[other] Прочитано { $count } строки
}
dash-import-csv-choose-title = Выберите CSV-файл
dash-import-csv-choose-text = Одна позиция в строке. Помогает строка заголовка с названиями столбцов — см. шаблоны.
dash-import-csv-drop = Перетащите CSV-файл сюда
dash-import-csv-choose-button = Выбрать файл…
dash-import-csv-input = CSV-файл
# $max is a size, already formatted.
dash-import-csv-accepts = UTF-8, разделитель — запятая, точка с запятой или табуляция, до { $max }.
dash-import-csv-read-error = Не удалось прочитать файл
dash-import-csv-check-title = Проверьте столбцы
dash-import-csv-check-text = Первые строки так, как их читает ваш браузер. Пока ничего не отправлено.
dash-import-csv-another = Выбрать другой файл
dash-import-separator = Разделитель
dash-import-separator-hint = Определён по первым строкам.
# The separator select's options; the character itself follows the name.
dash-import-separator-comma = Запятая  ,
dash-import-separator-semicolon = Точка с запятой  ;
dash-import-separator-tab = Табуляция
dash-import-header = Первая строка — заголовок
dash-import-header-hint = Её ячейки называют столбцы, сама она не импортируется.
dash-import-strict = Всё или ничего
dash-import-strict-hint = Отклонить весь файл, если хоть одна строка — дубликат.
dash-import-columns-used = Импортируется столбцов: { $used } из { $count }
# Why the mapping cannot be sent yet. $field and $fields are the pool's field names, lower-cased.
dash-import-problem-primary = Выберите столбец с полем «{ $field }».
# $ignore is dash-import-column-ignore.
dash-import-problem-twice = Поле «{ $field }» заполняют два столбца; для одного из них выберите «{ $ignore }».
dash-import-problem-missing = Выберите столбец для: { $fields }.

# Dashboard: the CSV preview's table, one select per column.
dash-import-column-line = Строка
dash-import-column-number = Столбец { $number }
dash-import-column-fills = Что заполняет столбец { $number }
dash-import-column-fields = Поля позиции
dash-import-column-about = О позиции
dash-import-column-ignore = Пропустить
dash-import-target-expires_at = Срок действия
dash-import-target-cost = Себестоимость
dash-import-target-supplier = Поставщик
dash-import-reveal = Показать секретные значения в предпросмотре

# Dashboard: the CSV templates to download.
dash-import-templates-title = Шаблоны CSV
# $columns are the column names, which stay as they are.
dash-import-templates-text = Столбцы, которые принимает пул каждого типа, и необязательные expires_at (ГГГГ-ММ-ДД), cost и supplier. Этот пул принимает: { $columns }.
dash-import-template-code = Коды подарочных карт
dash-import-template-key = Ключи
dash-import-template-account = Аккаунты
dash-import-template-license = Лицензии
dash-import-template-bundle = Наборы
dash-import-template-custom = Этот пул
dash-import-template-file = Файлы (с текстом к каждому, по желанию)
dash-import-template-image = Изображения (с текстом к каждому, по желанию)
# The example row's value for a field the template has no example of.
dash-import-template-example = пример: { $field }

# Dashboard: the file and image import.
dash-import-files-count = { $count ->
    [one] { $count } файл
    [few] { $count } файла
    [many] { $count } файлов
   *[other] { $count } файла
}
dash-import-files-progress-checking = Проверяем типы, шифруем и ищем дубликаты
dash-import-files-progress-done = { $count ->
    [one] Обработан { $count } файл
    [few] Обработаны { $count } файла
    [many] Обработано { $count } файлов
   *[other] Обработано { $count } файла
}
dash-import-files-title-image = Выберите изображения
dash-import-files-title-file = Выберите файлы
dash-import-files-text = Одна позиция на файл — или один ZIP, в котором каждый файл станет позицией.
dash-import-files-drop-image = Перетащите сюда изображения или ZIP
dash-import-files-drop-file = Перетащите сюда файлы или ZIP
dash-import-files-add-more = Добавить ещё…
dash-import-files-choose = Выбрать файлы…
dash-import-files-input = Файлы для импорта
# The types and limits under the drop zone; sizes already formatted.
dash-import-files-limits = { $types }; каждый файл — до { $maxFile }, в одной загрузке — до { $maxFiles ->
    [one] { $maxFiles } файла
    [few] { $maxFiles } файлов
    [many] { $maxFiles } файлов
   *[other] { $maxFiles } файла
} и до { $maxUpload } (значения сервера по умолчанию). Тип определяется по содержимому файла, а не по имени.
dash-import-files-col-file = Файл
dash-import-files-col-size = Размер
dash-import-files-remove = Убрать
dash-import-files-remove-named = Убрать { $file }
# $size is already formatted.
dash-import-files-total = { $count ->
    [one] { $count } файл, всего { $size }
    [few] { $count } файла, всего { $size }
    [many] { $count } файлов, всего { $size }
   *[other] { $count } файла, всего { $size }
}
# $problems are the dash-import-files-over-* sentences.
dash-import-files-over-limits = Сервер, скорее всего, откажет по лимитам по умолчанию: { $problems }
dash-import-files-over-size = { $file } больше { $max }.
dash-import-files-over-count = { $count ->
    [one] { $count } файл — больше, чем { $max }.
    [few] { $count } файла — больше, чем { $max }.
    [many] { $count } файлов — больше, чем { $max }.
   *[other] { $count } файла — больше, чем { $max }.
}
dash-import-files-over-total = Всего { $total } — больше, чем { $max }.
dash-import-files-unpack = Распаковать ZIP: каждый файл — отдельная позиция
# $csv and $columns are file and column names, shown in a code font.
dash-import-files-unpack-hint = Необязательный файл { $csv } в ZIP со столбцами { $file }, { $pin }, { $note } задаёт каждому файлу PIN и заметку. Если выключено, весь ZIP — одна позиция.
dash-import-files-skip-duplicates = Пропускать дубликаты
dash-import-files-skip-duplicates-hint = Файлы, которые уже есть в запасе или отправлены дважды, пропускаются и попадают в отчёт. Если выключено, один дубликат отклоняет всю загрузку.
dash-import-files-nothing-sent = Ничего не отправится, пока вы не начнёте импорт.
dash-import-files-clear = Очистить
dash-import-files-start-empty = Импортировать
# A refused upload's heading.
dash-import-refusal-unfinished = Загрузка не завершилась
dash-import-refusal-too-large = Слишком большой объём: ничего не импортировано
dash-import-refusal-type = Файл такого типа этот пул не принимает: ничего не импортировано
dash-import-refusal-nothing-imported = Загрузка отклонена: ничего не импортировано
dash-import-refusal-refused = Загрузка отклонена

# Dashboard: the report an import ends with.
dash-import-report-title = Импорт завершён
dash-import-report-undo = Отменить этот импорт
dash-import-report-back = Назад к пулу
dash-import-report-accepted = Принято
dash-import-report-duplicates = Пропущено дубликатов
dash-import-report-why = Причина
dash-import-report-duplicate = Дубликат
dash-import-report-more = …и ещё { $count }: в списке не показано.
# The CSV import's report.
dash-import-report-csv-rows = Прочитано строк
dash-import-report-csv-invalid = Ошибочных строк
dash-import-report-csv-invalid-badge = Ошибка
dash-import-report-csv-another = Импортировать другой файл
dash-import-report-csv-all = Импортированы все строки.
dash-import-report-csv-rejected = Отклонённые строки
dash-import-report-csv-line = Строка
dash-import-report-csv-the-file = Файл
# $separator is one of dash-import-report-separator-*; $header is yes or no.
dash-import-report-csv-text = { $header ->
    [yes] { $file } → { $pool }. Разделитель — { $separator }, первая строка — заголовок.
   *[no] { $file } → { $pool }. Разделитель — { $separator }, без строки заголовка.
}
dash-import-report-separator-comma = запятая
dash-import-report-separator-semicolon = точка с запятой
dash-import-report-separator-tab = табуляция
dash-import-report-csv-columns = Столбцы:
# The file import's report; $sent is a file's name or dash-import-files-count.
dash-import-report-files-rows = Прочитано файлов
dash-import-report-files-refused = Отклонено
dash-import-report-files-another = Импортировать ещё файлы
dash-import-report-files-all = Импортированы все файлы.
dash-import-report-files-rejected = Не импортировано
dash-import-report-files-line = № файла
dash-import-report-files-text = { $sent } → { $pool }. Каждый файл — одна позиция, зашифрованная в том виде, в каком пришла.

# Dashboard: sold against a cap, for a listing or a variant.
dash-sales-sold = продано { $sold }
dash-sales-sold-capped = продано { $sold } из { $cap } · осталось { $left }

# Dashboard: the listings table.
dash-listings-col-listing = Товар
dash-listings-col-price = Цена
dash-listings-col-per-order = За заказ
dash-listings-col-pool = Пул
dash-listings-col-stock = В наличии
dash-listings-col-sold = Продажи
dash-listings-col-auto-pause = Автопауза
dash-listings-col-status = Статус
# Before a price when the variants are priced apart: "from 1,000 ★".
dash-listings-price-from = от
dash-listings-auto-pause-on = Вкл.
dash-listings-auto-pause-off = Выкл.
dash-listings-edit = Изменить
dash-listings-manual-delivery = Выдача вручную
# A pool the page does not know the name of.
dash-listings-pool = Пул
# $sold is dash-sales-sold or dash-sales-sold-capped.
dash-listings-variant-sold = Вариант: { $sold }
dash-listing-status-paused = Пауза: нет в наличии
dash-listing-status-inactive = Неактивен
dash-listing-status-cap-reached = Лимит исчерпан
dash-listing-status-sold-out = Распродан
dash-listing-status-selling = В продаже

# Dashboard: the listing form.
dash-listing-new = Новый товар
dash-listing-edit = Изменить «{ $title }»
dash-listing-form = Товар
dash-listing-title = Название
dash-listing-description = Описание
dash-listing-description-hint = Что покупатели видят до оплаты.
dash-listing-instructions = Инструкция
dash-listing-instructions-hint = Показывается покупателю вместе с открытой позицией: как её активировать.
dash-listing-cap = Лимит продаж товара
dash-listing-unlimited = Без ограничения
dash-listing-cap-hint-new = Сколько единиц товар может продать за всё время, по всем вариантам. Пусто — без ограничения.
# $sold is dash-sales-sold or dash-sales-sold-capped.
dash-listing-cap-hint = По всем вариантам: { $sold }. Пусто — без ограничения.
dash-listing-cap-below-sold = Уже продано { $sold }: лимит не может быть меньше.
dash-listing-active = Активен
dash-listing-active-hint = Покупатели могут оформлять новые заказы.
dash-listing-auto-pause = Ставить на паузу, когда пулы опустеют
dash-listing-auto-pause-hint = Продажи возобновятся сами после пополнения.
dash-listing-done = Готово
dash-listing-cancel = Отмена
dash-listing-save = Сохранить товар
dash-listing-create = Создать товар
dash-listing-saved = «{ $title }» сохранён
dash-listing-created = Товар «{ $title }» создан

# Dashboard: a listing's variants.
dash-variants = Варианты
dash-variants-heading = Варианты ({ $count })
dash-variants-count = { $count ->
    [one] { $count } вариант
    [few] { $count } варианта
    [many] { $count } вариантов
   *[other] { $count } варианта
}
dash-variants-drafts-hint = Номиналы, регионы, издания: у каждого своя цена, пул и лимиты.
# A variant's place in a new listing, also the name a new variant starts with.
dash-variants-numbered = Вариант { $number }
dash-variants-remove-numbered = Удалить вариант { $number }
dash-variants-add-another = Добавить ещё вариант
dash-variants-add-open = Добавить вариант
dash-variants-new = Новый вариант
dash-variants-edit-title = Изменить «{ $title }»
dash-variants-cancel = Отмена
dash-variants-save = Сохранить вариант
dash-variants-add = Добавить вариант
dash-variants-added = Вариант «{ $title }» добавлен
dash-variants-saved = Вариант «{ $title }» сохранён
dash-variants-edit = Изменить
dash-variants-remove = Удалить
dash-variants-remove-confirm = Удалить «{ $title }»? Покупатели больше не смогут его выбрать; в прошлых заказах он останется.
dash-variants-keep = Оставить
dash-variants-remove-variant = Удалить вариант
dash-variants-removed = Вариант «{ $title }» удалён
dash-variants-in-stock = в наличии: { $count }
# $range is a number or two: "1", "1–5".
dash-variants-per-order = по { $range } за заказ
dash-variants-status-off = Снят с продажи
dash-variants-status-on = В продаже
dash-variants-buyer-limit = { $period ->
    [day] { $count } на покупателя в день
    [week] { $count } на покупателя в неделю
   *[lifetime] { $count } на покупателя за всё время
}
dash-variants-limit-option-day = За скользящие сутки
dash-variants-limit-option-week = За скользящую неделю
dash-variants-limit-option-lifetime = На покупателя за всё время

# Dashboard: one variant's fields.
dash-variants-name = Название варианта
dash-variants-name-hint = например, $25 · EU
dash-variants-price = Цена (звёзды)
dash-variants-price-hint = За единицу, в целых звёздах.
dash-variants-pool = Откуда выдаётся
dash-variants-pool-manual-hint = Каждый оплаченный заказ вы выдаёте вручную.
dash-variants-pool-auto-hint = Выдаётся сразу после оплаты.
dash-variants-pool-none = Без пула: выдача вручную
dash-variants-pool-option = { $pool } (доступно: { $available })
dash-variants-cap = Лимит продаж варианта
dash-variants-cap-hint-new = Сколько единиц вариант может продать за всё время. Пусто — без ограничения.
dash-variants-cap-hint-sold = Уже продано: { $sold }. Пусто — без ограничения.
dash-variants-min = Минимум за заказ
dash-variants-max = Максимум за заказ
dash-variants-limit = Лимит на покупателя
dash-variants-limit-hint = Считается по пользователю Telegram за скользящий период.
dash-variants-limit-none = Без лимита
dash-variants-limit-count = Единиц на покупателя
dash-variants-on-sale = В продаже
dash-variants-on-sale-hint = Покупатели могут выбрать этот вариант.

#
#
#

## Dashboard: orders, disputes, analytics, ledger and audit

# (dashboard messages, part C)
# Orders: the requests page and an order’s dialog.

dash-orders-filter-label = Фильтр заказов по статусу
dash-orders-filter-all = Все
# The tab of paid orders; its badge (dash-order-status-funded) also says what to do.
dash-orders-filter-funded = Оплачен
dash-orders-col-opened = Открыт
dash-orders-col-listing = Товар
dash-orders-col-quantity = Кол-во
dash-orders-col-total = Сумма
dash-orders-col-status = Статус
dash-orders-col-buyer = Покупатель
# The button of a row: a paid order to deliver, a dispute to answer, any other order.
dash-orders-deliver = Выдать
dash-orders-resolve = Решить
dash-orders-details = Подробнее
dash-orders-empty-title = Заказов пока нет
dash-orders-empty = Заказы появляются здесь, как только покупатель их открывает, и обновляются в реальном времени.
dash-orders-empty-filtered-title = Здесь пусто
# Under a status filter with no orders; $status is the status code.
dash-orders-empty-filtered = { $status ->
    [pending_payment] Нет заказов, ожидающих оплаты.
    [funded] Нет оплаченных заказов, которые ждут вашей выдачи.
    [awaiting_stock] Нет заказов, ожидающих поступления.
    [preparing] Нет заказов, которые готовит поставщик.
    [delivered] Нет выданных заказов.
    [disputed] Нет заказов со спором.
    [completed] Нет завершённых заказов.
    [refund_pending] Нет заказов, по которым идёт возврат.
    [refunded] Нет возвращённых заказов.
    [cancelled] Нет отменённых заказов.
    [expired] Нет истёкших заказов.
   *[other] Нет заказов с этим статусом.
}

# An order's status as the seller reads it (the buyer's words are the shared status-… ones).
dash-order-status-pending_payment = Ждёт оплаты
dash-order-status-funded = Оплачен: выдайте
dash-order-status-awaiting_stock = Ждёт поступления
dash-order-status-preparing = У поставщика
dash-order-status-delivered = Выдан
dash-order-status-disputed = Спор
dash-order-status-completed = Завершён
dash-order-status-refund_pending = Идёт возврат
dash-order-status-refunded = Возвращён
dash-order-status-cancelled = Отменён
dash-order-status-expired = Истёк

# The facts of an order's dialog.
dash-order-status = Статус
dash-order-id = Заказ
dash-order-quantity = Количество
dash-order-buyer = Покупатель
dash-order-opened = Открыт
dash-order-dispute-window = Срок для споров
# $when is a relative time: "in 3 days".
dash-order-dispute-window-ends = истекает { $when }
dash-order-items = Позиции
# $when is a date and time.
dash-order-item-revealed = показана { $when }
dash-order-item-not-revealed = не показана
dash-order-history = История

# An event of the order's history, by its audit action (the dot written as a dash).
dash-order-event-request-created = Заказ открыт
dash-order-event-request-funded = Оплачен на эскроу
dash-order-event-request-awaiting_stock = Ждёт поступления
dash-order-event-request-manual_delivery_needed = Ждёт вашей выдачи
dash-order-event-request-delivered = Выдан
dash-order-event-delivery-revealed = Покупатель открыл позиции
dash-order-event-dispute-opened = Покупатель сообщил о проблеме
dash-order-event-dispute-replaced = Заменено
dash-order-event-request-refund_started = Возврат начат
dash-order-event-request-refunded = Возвращён
dash-order-event-request-completed = Завершён: эскроу перечислен вам
dash-order-event-request-cancelled = Отменён
dash-order-event-request-expired = Истёк без оплаты
dash-order-event-payment-late_refunding = Поздний платёж возвращён
# Who did it, after the event's time.
dash-order-by-you = вы
dash-order-by-buyer = покупатель
dash-order-by-seller = продавец
dash-order-by-system = система

# Delivering a paid order by hand.
dash-order-deliver-label = Выдать вручную: { $count ->
    [one] { $count } позиция
    [few] { $count } позиции
    [many] { $count } позиций
   *[other] { $count } позиции
}, по одной в строке
dash-order-deliver-hint = Введено { $entered } из { $count }. Хранится в зашифрованном виде; показать содержимое может только покупатель.
dash-order-deliver-submit = { $count ->
    [1] Выдать позицию
    [one] Выдать { $count } позицию
    [few] Выдать { $count } позиции
    [many] Выдать { $count } позиций
   *[other] Выдать { $count } позиции
}
dash-order-delivered-toast = Выдано: покупатель уведомлён

# Answering a dispute. $replace and $refund are the two words below, in bold.
dash-dispute-help = Ответьте на спор: { $replace } выдаёт новые позиции из того же пула (оспоренные сгорают), { $refund } возвращает покупателю его звёзды.
dash-dispute-help-replace = замена
dash-dispute-help-refund = возврат
# Part of an order is disputed. $whole is dash-dispute-whole-charge in bold; $amount is the
# charge in Stars; $kept = the items not disputed.
dash-dispute-refund-cost-partial = Оспорено { $disputed } из { $items ->
    [one] { $items } позиции
   *[other] { $items } позиций
}. Замена отправит со склада { $disputed ->
    [one] { $disputed } новую позицию
    [few] { $disputed } новые позиции
    [many] { $disputed } новых позиций
   *[other] { $disputed } новой позиции
}. Возврат вернёт { $whole }, { $amount }, а { $kept ->
    [one] { $kept } неоспоренная позиция к вам не вернётся
    [few] { $kept } неоспоренные позиции к вам не вернутся
    [many] { $kept } неоспоренных позиций к вам не вернутся
   *[other] { $kept } неоспоренной позиции к вам не вернутся
}.
dash-dispute-whole-charge = весь платёж
# The whole order is disputed; $amount is the charge in Stars.
dash-dispute-refund-cost-full = Возврат вернёт покупателю { $amount }.
dash-dispute-replace = Заменить позиции
dash-dispute-refund = Вернуть покупателю
dash-dispute-replaced-toast = Замена выдана
dash-dispute-refund-started-toast = Возврат начат

# Analytics.

dash-analytics-period = Период
dash-analytics-period-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
# The period's first and last UTC days: "5 Mar – 3 Apr (UTC)".
dash-analytics-range = { $from } – { $to } (UTC)
dash-analytics-revenue = Выручка
dash-analytics-revenue-hint = Выданные и завершённые заказы
dash-analytics-orders = Заказы
dash-analytics-orders-hint = { $days ->
    [1] За последний день
    [one] За последний { $days } день
    [few] За последние { $days } дня
    [many] За последние { $days } дней
   *[other] За последние { $days } дня
}
dash-analytics-drawn = Выдано позиций
# Items drawn a day on average.
dash-analytics-drawn-hint = { NUMBER($perDay, maximumFractionDigits: 1) } в день
dash-analytics-expired = Истекло непроданными
# The recorded cost of the items that expired unsold.
dash-analytics-expired-cost = { $cost } учтённой себестоимости
dash-analytics-expired-all-time = За всё время
dash-analytics-pools = Пулы
dash-analytics-pools-description = Темп — среднее число позиций, выданных за день в этом периоде; запас — на сколько хватит доступного остатка при таком темпе.
dash-analytics-pools-empty-title = Движения запаса пока нет
dash-analytics-pools-empty = Цифры появятся, когда в пуле будут позиции или продажи.
dash-analytics-col-pool = Пул
dash-analytics-col-draws-per-day = Выдачи по дням
dash-analytics-col-drawn = Выдано
dash-analytics-col-pace = Темп / день
dash-analytics-col-available = Доступно
dash-analytics-col-runway = Закончится через
dash-analytics-col-expired = Истекло
dash-analytics-col-wasted-cost = Потерянная себестоимость
# Runway: how long the available stock lasts at the period's pace.
dash-analytics-out-of-stock = Нет в наличии
dash-analytics-no-draws = Выдач нет
dash-analytics-runway-under-a-day = меньше дня
dash-analytics-runway-days = { NUMBER($days, maximumFractionDigits: 1) ->
    [one] { NUMBER($days, maximumFractionDigits: 1) } день
    [few] { NUMBER($days, maximumFractionDigits: 1) } дня
    [many] { NUMBER($days, maximumFractionDigits: 1) } дней
   *[other] { NUMBER($days, maximumFractionDigits: 1) } дня
}
dash-analytics-listings = Товары
dash-analytics-listings-description = Заказы, выданные за период, по товарам и вариантам. Маржа — выручка за вычетом учтённой себестоимости выданных позиций; показывается, когда себестоимость известна у каждой позиции. «Продано» считает все продажи за всё время относительно лимита.
dash-analytics-listings-empty-title = Товаров пока нет
dash-analytics-listings-empty = Создайте товар, чтобы начать продавать.
dash-analytics-col-listing = Товар
dash-analytics-col-orders = Заказы
dash-analytics-col-units = Штук
dash-analytics-col-revenue = Выручка
dash-analytics-col-item-costs = Себестоимость
dash-analytics-col-margin = Маржа
dash-analytics-col-sold = Продано, всего
# Over the item costs of a row: how many of its items have a recorded cost.
dash-analytics-costed-items = Себестоимость известна у { $costed } из { $items ->
    [one] { $items } позиции
   *[other] { $items } позиций
}
dash-analytics-costed-known = (известна у { $costed }/{ $items })

# A pool's stock chart.
dash-chart-card-title = Запас за последние { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
}
dash-chart-card-description = Добавлено { $added }, выдано { $drawn } за { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дня
} (дни по UTC).
# The chart read aloud; $days is how many days it shows.
dash-chart-label = Доступный запас и ежедневные выдачи за { $days ->
    [1] последний день
    [one] последний { $days } день
    [few] последние { $days } дня
    [many] последние { $days } дней
   *[other] последние { $days } дня
}
dash-chart-legend-available = Доступный запас
dash-chart-legend-drawn = Выдано позиций за день
dash-chart-legend-threshold = Порог низкого остатка
# The tooltip of one day.
dash-chart-tip-available = Доступно: { $count }
dash-chart-tip-drawn = Выдано: { $count }
dash-chart-tip-added = Добавлено: { $count }
# The small bar chart of a pool's daily draws, read aloud.
dash-chart-sparkline = Ежедневные выдачи пула { $name }

# Ledger.

dash-ledger-held = На эскроу
dash-ledger-held-hint = Оплачено, ещё не перечислено
dash-ledger-released = Перечислено вам
dash-ledger-refunded = Возвращено
dash-ledger-refunding = Возвращается
dash-ledger-refunding-hint = Запрошено у Telegram или ждёт вашего ручного возврата
dash-ledger-telegram = Журнал движения звёзд в Telegram
dash-ledger-telegram-description = Каждый час Codepool читает транзакции звёзд бота в Telegram и сопоставляет каждый платёж с записанным заказом, а каждый возврат — с сделанным нами.
dash-ledger-no-run = Сверка ещё не проводилась.
dash-ledger-last-run = Последняя сверка
dash-ledger-balance = Баланс бота в Telegram
dash-ledger-balance-note = (все продавцы этого бота вместе)
dash-ledger-transactions = Транзакции
dash-ledger-transactions-counts = Платежей получено: { $incoming }, возвратов отправлено: { $outgoing }, сопоставлено: { $matched }
dash-ledger-mismatches = Расхождения
dash-ledger-mismatches-none = Нет
# The three kinds of mismatch the last reconciliation found.
dash-ledger-recovered = { $count ->
    [one] { $count } платёж, которого мы не видели, теперь записан
    [few] { $count } платежа, которых мы не видели, теперь записаны
    [many] { $count } платежей, которых мы не видели, теперь записаны
   *[other] { $count } платежа, которых мы не видели, теперь записаны
}
dash-ledger-refunds-reopened = { $count ->
    [one] { $count } возврат не найден в Telegram, запрошен снова
    [few] { $count } возврата не найдены в Telegram, запрошены снова
    [many] { $count } возвратов не найдены в Telegram, запрошены снова
   *[other] { $count } возврата не найдены в Telegram, запрошены снова
}
dash-ledger-unknown-refunds = { $count ->
    [one] { $count } возврат сделан не нами
    [few] { $count } возврата сделаны не нами
    [many] { $count } возвратов сделаны не нами
   *[other] { $count } возврата сделаны не нами
}

# Audit log.

dash-audit-empty = Пока ничего не записано
dash-audit-col-when = Когда
dash-audit-col-event = Событие
dash-audit-col-by = Кто
dash-audit-col-subject = Объект
dash-audit-col-details = Подробности
dash-audit-col-from = Откуда
dash-audit-by-you = Вы
dash-audit-by-buyer = Покупатель
dash-audit-by-system = Система
# In the "From" column: a buyer's address is not the seller's to see.
dash-audit-ip-hidden = скрыто

# What a row is about, by its subject type.
dash-audit-subject-pool = Пул
dash-audit-subject-purchase_request = Заказ
dash-audit-subject-template = Товар
dash-audit-subject-template_variant = Вариант
dash-audit-subject-api_token = Токен
dash-audit-subject-user = Аккаунт
dash-audit-subject-supplier_order = Заказ у поставщика
dash-audit-subject-supplier_source = Источник поставщика
dash-audit-subject-payment_provider = Платёжный провайдер

# What happened, by the audit action (the dot written as a dash). An action missing here shows as its code.
dash-audit-action-pool-created = Создан пул
dash-audit-action-pool-updated = Изменён пул
dash-audit-action-pool-archived = Пул архивирован
dash-audit-action-pool-paused = Пул приостановлен (слишком много споров о недействительных кодах)
dash-audit-action-pool-low_stock = Мало на складе
dash-audit-action-items-added = Добавлены позиции
dash-audit-action-items-imported = Импортированы позиции
dash-audit-action-items-import_undone = Импорт отменён
dash-audit-action-items-marked_invalid = Позиции отмечены недействительными
dash-audit-action-items-marked_withdrawn = Позиции сняты с продажи
dash-audit-action-items-expired = Срок позиций истёк
dash-audit-action-template-created = Создан товар
dash-audit-action-template-updated = Изменён товар
dash-audit-action-templates-auto_paused = Товары приостановлены: пул пуст
dash-audit-action-templates-auto_resumed = Товары возобновлены: пул пополнен
dash-audit-action-variant-created = Добавлен вариант
dash-audit-action-variant-updated = Изменён вариант
dash-audit-action-variant-removed = Удалён вариант
dash-audit-action-request-created = Заказ открыт
dash-audit-action-request-funded = Заказ оплачен
dash-audit-action-request-preparing = Заказ готовит поставщик
dash-audit-action-request-delivered = Заказ выдан
dash-audit-action-request-awaiting_stock = Заказ ждёт поступления
dash-audit-action-request-manual_delivery_needed = Заказ ждёт ручной выдачи
dash-audit-action-request-completed = Заказ завершён
dash-audit-action-request-cancelled = Заказ отменён
dash-audit-action-request-expired = Заказ истёк без оплаты
dash-audit-action-request-refund_started = Возврат начат
dash-audit-action-request-refunded = Заказ возвращён
dash-audit-action-delivery-revealed = Покупатель открыл заказ
dash-audit-action-delivery-reveal_failed = Показ не удался: ничего не показано
dash-audit-action-delivery-downloaded = Покупатель скачал файл
dash-audit-action-delivery-download_failed = Скачивание не удалось: ничего не отправлено
dash-audit-action-dispute-opened = Открыт спор
dash-audit-action-dispute-replaced = Ответ на спор: замена
dash-audit-action-payment-late_refunding = Поздний платёж возвращён
dash-audit-action-payment-refunding = Платёж возвращается
dash-audit-action-payment-refused = Платёжное событие отклонено
dash-audit-action-refund-manual_needed = Нужен ручной возврат
dash-audit-action-refund-reopened = Возврат запрошен снова: не найден в Telegram
dash-audit-action-fraud-cross_seller_duplicate = Импортированные коды есть и у другого продавца
dash-audit-action-supplier-quote = Проверен источник поставщика
dash-audit-action-supplier-source_set = Задан источник поставщика
dash-audit-action-supplier-source_removed = Удалён источник поставщика
dash-audit-action-supplier-source_paused = Источник поставщика приостановлен
dash-audit-action-supplier-order_opened = Открыт заказ у поставщика
dash-audit-action-supplier-order_retried = Заказ у поставщика повторён
dash-audit-action-supplier-order_failed = Заказ у поставщика не удался
dash-audit-action-supplier-order_canceled = Заказ у поставщика отменён
dash-audit-action-supplier-place = Размещается заказ у поставщика
dash-audit-action-supplier-placed = Заказ у поставщика размещён
dash-audit-action-supplier-status = Проверен заказ у поставщика
dash-audit-action-supplier-error = Ошибка поставщика
dash-audit-action-supplier-keys = Получены ключи от поставщика
dash-audit-action-supplier-duplicate_key = Поставщик прислал ключи, которые уже есть на складе
dash-audit-action-api_token-created = Создан API-токен
dash-audit-action-api_token-revoked = Отозван API-токен
dash-audit-action-login_link-created = Отправлена ссылка для входа
dash-audit-action-dashboard-signed_in = Вход в панель
dash-audit-action-user-became_seller = Открыт магазин

# The details column: a few of the row's figures by their key; $value is a number or a code.
dash-audit-detail-accepted = принято { $value }
dash-audit-detail-duplicates = дубликатов { $value }
dash-audit-detail-invalid = недействительных { $value }
dash-audit-detail-withdrawn = снято { $value }
dash-audit-detail-count = число { $value }
dash-audit-detail-quantity = количество { $value }
dash-audit-detail-total = сумма { $value }
dash-audit-detail-reason = причина: { $value }
dash-audit-detail-name = название: { $value }
dash-audit-detail-available = доступно { $value }
dash-audit-detail-items = { $count ->
    [one] { $count } позиция
    [few] { $count } позиции
    [many] { $count } позиций
   *[other] { $count } позиции
}
# $fields: the names of the changed settings, as the server writes them.
dash-audit-detail-changed = изменено: { $fields }
dash-audit-detail-changed-nothing = ничего не изменено

#
#
#

## Dashboard: suppliers and API tokens

# (dashboard messages, part D)

# Supplier costs as the seller types them (the Source card's amount fields).
dash-money-error-format = сумма, например 12,50
dash-money-error-two-codes = не больше одного кода валюты
# $currency: the source's ISO code, e.g. EUR.
dash-money-error-currency = валюта источника — { $currency }
dash-money-error-no-decimals = у { $currency } нет дробной части
# $digits: how many decimals the currency has.
dash-money-error-decimals = { $digits ->
    [one] не больше { $digits } знака после запятой
    [few] не больше { $digits } знаков после запятой
    [many] не больше { $digits } знаков после запятой
   *[other] не больше { $digits } знака после запятой
}
dash-money-error-too-large = слишком большая сумма

# The pool page's Source card: where the pool's stock comes from.
dash-source-title = Источник
dash-source-description = Откуда берутся позиции этого пула. Поставщик восполняет то, чего вы не загрузили.
dash-source-mode-stock = Только склад — продаётся то, что вы загрузили
dash-source-mode-on_demand = По запросу — недостающее докупается для каждой продажи
dash-source-mode-backfill = Пополнение — закупка, когда на складе мало позиций
dash-source-kind-kinguin = Kinguin
dash-source-kind-seller_server = Ваш собственный сервер
# The saved source's badge.
dash-source-status-active = Активен
dash-source-status-paused = Приостановлен
# The notice over a paused source: "Paused:" in bold, then its reason (the server's words) and what it means.
dash-source-paused-label = Приостановлен:
dash-source-paused-text = { $reason }. Товары этого пула ничего не продают от поставщика, пока вы не возобновите источник.
dash-source-paused-reason = слишком много недавних заказов у поставщика завершились ошибкой
dash-source-resume = Возобновить
dash-source-field-mode = Режим
dash-source-field-kind = Поставщик
dash-source-field-product-kinguin = ID товара в Kinguin
dash-source-field-product-seller_server = Товар на вашем сервере
dash-source-field-base-url-kinguin = Базовый URL API
dash-source-hint-base-url-kinguin = Оставьте пустым, чтобы использовать рабочий шлюз Kinguin.
dash-source-field-base-url-seller_server = Базовый URL вашего сервера
dash-source-hint-base-url-seller_server = Мы вызываем GET /stock и POST /orders по этому адресу и подписываем запросы вашим секретом.
dash-source-field-max-cost = Максимальная цена за единицу
dash-source-hint-max-cost = Заказ дороже не размещается.
dash-source-field-currency = Валюта
dash-source-field-wait = Ожидание ключей (минуты)
dash-source-hint-wait = Затем — свой склад или возврат.
# Backfill: restock when fewer items than this are available.
dash-source-field-threshold = Пополнять, если меньше
dash-source-hint-threshold = Доступных позиций
dash-source-field-quantity = Размер пополнения
dash-source-hint-quantity = Единиц за одно пополнение
dash-source-field-spend-cap = Дневной лимит расходов
# $currency: the ISO code typed in the Currency field.
dash-source-hint-spend-cap = Не больше этой суммы на пополнения за сутки по UTC, в { $currency }
dash-source-hint-spend-cap-no-currency = Не больше этой суммы на пополнения за сутки по UTC, в валюте источника
dash-source-field-credential-kinguin = API-ключ Kinguin
dash-source-field-credential-seller_server = Общий секрет (HMAC, от 32 символов)
# The credential field once credentials are saved: its placeholder, then its hint.
dash-source-credential-set-placeholder = задан ✓ — введите новый, чтобы заменить
dash-source-credential-set = Задан ✓ — введите новый, чтобы заменить его.
dash-source-credential-hint = Хранится в зашифрованном виде и больше не показывается, даже вам.
dash-source-save = Сохранить
dash-source-test = Проверить подключение
# Toasts after a save.
dash-source-saved-stock = Пул продаёт только свои позиции
dash-source-saved = Источник сохранён
dash-source-resumed = Источник возобновлён
# The Source card's field errors.
dash-source-error-currency = трёхбуквенный код, например EUR
dash-source-error-positive = больше нуля
dash-source-error-whole = целое число
dash-source-error-api-key = нужен API-ключ
dash-source-error-secret = нужен общий секрет
dash-source-error-base-url = нужен адрес вашего сервера
dash-source-error-needed = обязательное поле
dash-source-error-min-length = { $min ->
    [one] не меньше { $min } символа
    [few] не меньше { $min } символов
    [many] не меньше { $min } символов
   *[other] не меньше { $min } символа
}
dash-source-error-max-length = { $max ->
    [one] не больше { $max } символа
    [few] не больше { $max } символов
    [many] не больше { $max } символов
   *[other] не больше { $max } символа
}
dash-source-error-min = не меньше { $min }
dash-source-error-max = не больше { $max }
# $amount: money, already written, e.g. "€10,000,000.00".
dash-source-error-min-money = не меньше { $amount }
dash-source-error-max-money = не больше { $amount }
dash-source-error-url = адрес, начинающийся с http:// или https://
dash-source-error-url-credentials = учётные данные указываются в отдельных полях, а не в URL
dash-source-error-printable = печатные символы без пробелов
dash-source-error-invalid = не принято; проверьте значение
dash-source-error-check = проверьте поля
# What the saved source tells: where the supplier posts, its last price, its recent orders.
dash-source-webhook-url = URL вебхука
dash-source-callback-url = URL обратного вызова
dash-source-last-quote = Последняя цена
dash-source-nothing-on-offer = нет предложений
dash-source-quote-available = в наличии: { $count }
dash-source-quote-none = пока нет — нажмите «Проверить подключение»
dash-source-recent-orders = Недавние заказы
dash-source-recent-failed = { $count ->
    [one] { $count } неудачный
    [few] { $count } неудачных
    [many] { $count } неудачных
   *[other] { $count } неудачного
}
# What "Test connection" found. A refusal's kind, as the supplier adapter names it.
dash-source-test-error-auth = Учётные данные отклонены
dash-source-test-error-unavailable = Товар недоступен
dash-source-test-error-balance = Недостаточно средств на балансе
dash-source-test-error-price = Цена отклонена
dash-source-test-error-rate_limited = Слишком много запросов
dash-source-test-error-retryable = Временная ошибка
dash-source-test-error-rejected = Отказано
dash-source-test-refused = Поставщик отказал
dash-source-test-connected = Подключено.
dash-source-test-product = Товар
dash-source-test-unnamed = поставщик не указал название
dash-source-test-price = Цена
dash-source-test-within-cap = не выше вашей максимальной цены
dash-source-test-above-cap = выше вашей максимальной цены: заказы не будут размещаться
dash-source-test-available = В наличии
dash-source-test-not-told = не сообщается
dash-source-test-checked = Проверено

# Copying a value to paste into the supplier's dashboard: the button, its spoken name, and a failed copy.
dash-supplier-copy = Копировать
dash-supplier-copied = Скопировано
dash-supplier-copy-webhook-url = Копировать URL вебхука
dash-supplier-copy-failed-webhook-url = Не удалось скопировать: выделите URL вебхука и скопируйте его вручную
dash-supplier-copy-callback-url = Копировать URL обратного вызова
dash-supplier-copy-failed-callback-url = Не удалось скопировать: выделите URL обратного вызова и скопируйте его вручную
dash-supplier-copy-webhook-secret = Копировать секрет вебхука
dash-supplier-copy-failed-webhook-secret = Не удалось скопировать: выделите секрет вебхука и скопируйте его вручную

# Kinguin's webhook settings, shown once after the source is created.
dash-supplier-secret-once-lead = Введите эти данные в настройках вебхуков Kinguin сейчас.
dash-supplier-secret-once-text = Секрет показывается только сейчас; Codepool хранит лишь его хеш. Повторное сохранение источника с новым API-ключом его не меняет.
dash-supplier-secret-once-url = URL вебхука (для order.complete, order.status и product.update)
# The name of Kinguin's header: the same in every language.
dash-supplier-secret-once-secret = X-Event-Secret
dash-supplier-secret-once-done = Готово, данные введены
dash-supplier-source-failed = Не удалось загрузить источник пула

# The pool page's supplier orders.
dash-supplier-orders-title = Заказы у поставщика
dash-supplier-orders-description = Закупки для продажи или для пополнения. Обновляются в реальном времени.
dash-supplier-orders-filter = Статус
dash-supplier-orders-all = Все
dash-supplier-order-status-pending = В ожидании
dash-supplier-order-status-placing = Размещается
dash-supplier-order-status-processing = Обрабатывается
dash-supplier-order-status-completed = Выполнен
dash-supplier-order-status-failed = Не удался
dash-supplier-order-status-canceled = Отменён
dash-supplier-orders-empty = Заказов у поставщика пока нет
# The empty list under a status tab.
dash-supplier-orders-empty-pending = Нет заказов в ожидании
dash-supplier-orders-empty-placing = Нет размещаемых заказов
dash-supplier-orders-empty-processing = Нет заказов в обработке
dash-supplier-orders-empty-completed = Нет выполненных заказов
dash-supplier-orders-empty-failed = Нет неудавшихся заказов
dash-supplier-orders-empty-canceled = Нет отменённых заказов
dash-supplier-orders-empty-text = Заказы появляются здесь, когда для продажи не хватает позиций в пуле или пора пополнить запас.
dash-supplier-orders-col-created = Создан
dash-supplier-orders-col-status = Статус
# The column saying what the order was bought for: a sale, or a restock.
dash-supplier-orders-col-for = Для чего
dash-supplier-orders-col-quantity = Кол-во
dash-supplier-orders-col-attempts = Попытки
dash-supplier-orders-col-cost = Стоимость
dash-supplier-orders-col-keys = Ключи
dash-supplier-orders-col-last-error = Последняя ошибка
dash-supplier-orders-col-next = Далее
# $id: the order's id at the supplier.
dash-supplier-orders-supplier-id = ID у поставщика: { $id }
# A sale's link to the buyer's order; $id is the order's id, short in the text.
dash-supplier-orders-order = Заказ { $id }
dash-supplier-orders-sale = Продажа #{ $id }
dash-supplier-orders-restock = Пополнение
# The unit cost, over the total: $amount is money, already written.
dash-supplier-orders-each = { $amount } за единицу
# $when: "in 5 minutes", "2 hours ago".
dash-supplier-orders-next = следующая попытка { $when }
dash-supplier-orders-gives-up = крайний срок { $when }
dash-supplier-orders-retry = Повторить
dash-supplier-orders-retrying = Повторяем заказ
dash-supplier-orders-cancel = Отменить
dash-supplier-orders-shown = Показано: { $count }
dash-supplier-orders-load-more = Загрузить ещё
dash-supplier-orders-cancel-title = Отменить этот заказ у поставщика?
dash-supplier-orders-cancel-confirm = Отменить заказ
dash-supplier-orders-cancel-sale = Тогда заказ покупателя будет выполнен из собственных позиций пула, если их хватит, иначе — оформлен возврат. Ключи, которые поставщик пришлёт позже, по этому заказу не доставляются.
dash-supplier-orders-cancel-restock = Это пополнение не будет закуплено. Пул пополнится снова, когда остаток в следующий раз станет низким.
dash-supplier-orders-canceled = Заказ у поставщика отменён

# API tokens. What each scope lets a token do (the scope's code, e.g. pools:read, is shown beside it).
dash-tokens-scope-pools-read = Просмотр пулов и позиций
dash-tokens-scope-pools-write = Добавление позиций, импорт, отмена импорта
dash-tokens-scope-templates-write = Управление товарами
dash-tokens-scope-requests-read = Просмотр заказов
dash-tokens-scope-requests-write = Доставка заказов вручную, ответы на споры (возврат или замена)
dash-tokens-scope-ledger-read = Просмотр баланса и журнала движения звёзд
dash-tokens-scope-audit-read = Просмотр журнала действий
dash-tokens-title = Ваши токены
dash-tokens-empty = Нет API-токенов
dash-tokens-empty-text = Создайте токен, чтобы загружать позиции из фида поставщика или скрипта.
dash-tokens-col-name = Название
dash-tokens-col-scopes = Права
dash-tokens-col-created = Создан
dash-tokens-col-last-used = Последнее использование
dash-tokens-col-status = Статус
dash-tokens-never = Никогда
dash-token-status-active = Активен
dash-token-status-revoked = Отозван
dash-token-revoke = Отозвать
dash-tokens-new-title = Новый токен
dash-tokens-new-description = Токены действуют от вашего имени в пределах своих прав. Не храните их в репозиториях кода.
dash-tokens-field-name = Название
# An example name, as a placeholder.
dash-tokens-name-placeholder = Синхронизация с поставщиком
dash-tokens-name-hint = Чтобы знать, какой инструмент его использует.
# Over the scope checkboxes: what the token may do.
dash-tokens-may = Разрешено
dash-tokens-create = Создать токен
# The new token, shown once: "Copy your new token now." in bold, then why.
dash-token-new-lead = Скопируйте новый токен сейчас.
dash-token-new-text = Он показывается только один раз; Codepool хранит лишь его хеш.
dash-token-copy = Копировать
dash-token-copied = Скопировано
dash-token-copy-failed = Не удалось скопировать: выделите токен и скопируйте его вручную
# $header: the HTTP header with the token's start, shown as code ("Authorization: Bearer cp_abc…").
dash-token-usage = Передавайте его в заголовке { $header } из своих инструментов для поставщиков.
dash-token-stored = Готово, токен сохранён
# $name: the token's name.
dash-token-revoke-title = Отозвать токен «{ $name }»?
dash-token-revoke-confirm = Отозвать токен
dash-token-revoke-text = Всё, что ещё использует этот токен, получит отказ начиная со следующего запроса. Это нельзя отменить.
dash-token-revoked = Токен «{ $name }» отозван
