<#import "parts.ftl" as w>
<#import "../forms.ftl" as f>
<section aria-labelledby="session-heading">
  <h2 id="session-heading">${t("workshop.session")}</h2>
  <p>${t("workshop.state." + workshop.status())} · ${t("workshop.participant-count", snapshot.participants())}<#if snapshot.timerEnds()??> · ${t("workshop.timer.ends")} <time datetime="${fmt.iso(snapshot.timerEnds())}">${fmt.dateTime(snapshot.timerEnds())}</time></#if></p>
  <#if !snapshot.ended()>
  <div class="controls">
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
