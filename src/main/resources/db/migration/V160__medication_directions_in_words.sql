-- Directions imported before CareLoop said them in words read like the FHIR elements they came from
-- ("1, 1 times per 1 d"); they now read like a label ("1 tablet once a day"), as new imports do.
with parsed as (
    select id, display,
           regexp_match(dose, '^(?:(\d+(?:\.\d+)?)(?: \{?([A-Za-z\[\]]+)\}?)?, )?(\d+) times per (\d+(?:\.\d+)?) (h|d|wk|mo)(, as needed)?$') as m
      from medication
     where dose like '% times per %'
), worded as (
    select id, m[1] as amount, m[3] as times, m[4] as period, m[5] as unit, m[6] is not null as as_needed,
           case when m[2] is not null then case lower(m[2]) when 'puff' then 'puff' when 'u' then 'unit'
                                                            when '[iu]' then 'unit' else m[2] end
                when display ilike '%tablet%' then 'tablet'
                when display ilike '%capsule%' then 'capsule'
                when display ilike '%inhal%' or display ilike '%metered dose%' then 'puff'
           end as noun
      from parsed
     where m is not null
)
update medication md
   set dose = concat_ws(' ',
           case when w.amount is null then null
                when w.noun is null then w.amount
                when w.noun in ('tablet', 'capsule', 'puff', 'unit') and w.amount <> '1' then w.amount || ' ' || w.noun || 's'
                else w.amount || ' ' || w.noun end,
           case when w.times = '1' and w.period = '1' and w.unit = 'h' then 'every hour'
                when w.times = '1' and w.period <> '1' then 'every ' || w.period || ' '
                     || case w.unit when 'h' then 'hours' when 'd' then 'days' when 'wk' then 'weeks' else 'months' end
                else case w.times when '1' then 'once' when '2' then 'twice' when '3' then 'three times'
                                  when '4' then 'four times' else w.times || ' times' end
                     || ' ' || case when w.period = '1'
                                    then case w.unit when 'h' then 'an hour' when 'd' then 'a day' when 'wk' then 'a week' else 'a month' end
                                    else 'every ' || w.period || ' '
                                         || case w.unit when 'h' then 'hours' when 'd' then 'days' when 'wk' then 'weeks' else 'months' end
                               end
           end,
           case when w.as_needed then 'as needed' end)
  from worded w
 where md.id = w.id;
