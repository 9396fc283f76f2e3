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

#
#
#

## Dashboard: the shell, sign-in, pools, items and imports

# (dashboard messages, part one)

#
#
#

## Dashboard: listings, requests, disputes, analytics, suppliers, tokens, audit and ledger

# (dashboard messages, part two)
