<#import "parts.ftl" as w>
<#import "../forms.ftl" as f>
<section aria-labelledby="session-heading">
  <h2 id="session-heading">${t("workshop.session")}</h2>
  <p>${t("workshop.state." + workshop.status())} · ${t("workshop.participant-count.plural", snapshot.participants())}<#if snapshot.timerEnds()??> · ${t("workshop.timer.ends")} <time datetime="${fmt.iso(snapshot.timerEnds())}">${fmt.dateTime(snapshot.timerEnds())}</time></#if></p>
  <p class="screen-state">${t("workshop.present.screen-now")} <strong><#if screen.current()??><bdi>${screen.current().title()}</bdi><#else>${t("workshop.present.join-screen")}</#if></strong><#if snapshot.onlyResults()> · ${t("workshop.present.only-results-on")}</#if></p>
  <#if !snapshot.ended()>
  <div class="controls">
    <#if screen.current()??>
    <form method="post" action="/workshops/${workshop.id()?c}/control" class="inline-form">
      <@f.csrfField/>
      <input type="hidden" name="action" value="PRESENTED">
      <#if snapshot.onlyResults()><input type="hidden" name="onlyResults" value="on"></#if>
      <button type="submit" class="button button--quiet">${t("workshop.present.show-join")}</button>
    </form>
    </#if>
    <form method="post" action="/workshops/${workshop.id()?c}/control" class="inline-form">
      <@f.csrfField/>
      <input type="hidden" name="action" value="PRESENTED">
      <#if screen.current()??><input type="hidden" name="activity" value="${screen.current().id()?c}"></#if>
      <#if !snapshot.onlyResults()><input type="hidden" name="onlyResults" value="on"></#if>
      <button type="submit" class="button button--quiet" aria-pressed="${snapshot.onlyResults()?c}">${t("workshop.present.only-results")}</button>
    </form>
    <form method="post" action="/workshops/${workshop.id()?c}/control" class="form form--inline">
      <@f.csrfField/>
      <input type="hidden" name="action" value="TIMER">
      <div class="field field--number"><label for="minutes">${t("workshop.timer.minutes")}</label><input id="minutes" name="minutes" type="number" min="0" max="240" value="5"></div>
      <button type="submit" class="button button--quiet">${t("workshop.timer.set")}</button>
    </form>
    <form method="post" action="/workshops/${workshop.id()?c}/control" class="inline-form">
      <@f.csrfField/>
      <input type="hidden" name="action" value="ENDED">
      <button type="submit" class="button button--danger">${t("workshop.end")}</button>
    </form>
  </div>
  <#else>
  <p class="notice">${t("workshop.ended")}</p>
  </#if>
</section>
<#assign queue = []>
<#list snapshot.activities() as a><#if a.activity().kind()?string == "QA" && a.config().moderated()><#list a.items() as i><#if !i.approved() && !i.hidden()><#assign queue = queue + [[a, i]]></#if></#list></#if></#list>
<section aria-labelledby="queue-heading">
  <h2 id="queue-heading">${t("workshop.queue")}</h2>
  <#if queue?has_content>
  <ul class="items">
  <#list queue as entry>
    <li class="item"><span class="item__text">${entry[1].text()}</span>
      <span class="item__meta">${entry[0].activity().title()} · <bdi>${entry[1].name()?has_content?then(entry[1].name(), t("workshop.anonymous"))}</bdi></span>
      <div class="moderation" role="group" aria-label="${t("workshop.moderate", entry[1].text())}">
        <@w.control entry[0] "APPROVED" t("workshop.qa.approve") entry[1].seq()?c/>
        <@w.control entry[0] "HIDDEN" t("workshop.hide") entry[1].seq()?c/>
      </div></li>
  </#list>
  </ul>
  <#else><p class="empty">${t("workshop.queue.empty")}</p></#if>
</section>
<section aria-labelledby="agenda-heading">
  <h2 id="agenda-heading">${t("workshop.agenda")}</h2>
  <#if snapshot.activities()?has_content>
    <#list snapshot.activities() as a><@w.facilitatorActivity a/></#list>
  <#else>
    <p class="empty">${t("workshop.agenda.empty")}</p>
  </#if>
</section>
<section aria-labelledby="participants-heading">
  <h2 id="participants-heading">${t("workshop.participants")}</h2>
  <#if participants?has_content>
  <ul class="people">
  <#list participants as p>
    <li><bdi>${p.displayName()?has_content?then(p.displayName(), t("workshop.anonymous"))}</bdi>
    <#if removed?seq_contains("p" + p.id()?c)> · ${t("workshop.removed-tag")}<#elseif !snapshot.ended()>
      <form method="post" action="/workshops/${workshop.id()?c}/control" class="inline-form"><@f.csrfField/>
        <input type="hidden" name="action" value="PARTICIPANT_REMOVED"><input type="hidden" name="participant" value="${p.id()?c}">
        <button type="submit" class="button button--quiet">${t("workshop.remove")}<span class="visually-hidden"> <bdi>${p.displayName()?has_content?then(p.displayName(), t("workshop.anonymous"))}</bdi></span></button></form></#if></li>
  </#list>
  </ul>
  <#else><p class="empty">${t("workshop.participants.none")}</p></#if>
</section>
